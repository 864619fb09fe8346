<?php
/**
 * The widgets' script-tag files, served from the plugin's own folder (assets/cdn/, no third-party
 * CDN), on the pages that have one of the blocks and in the block editor (for the live preview).
 *
 * Modules: with WordPress 6.5 or later through the script modules API; before it (6.1 to 6.4) as
 * registered scripts printed with `type="module"`. Each block loads its element's own file
 * (assets/cdn/<tag>.js, which imports what it shares with the others from assets/cdn/shared/), or
 * the all-in-one bundle for an element without one. A page in a language the widgets speak also loads that
 * translation (assets/cdn/locales/<language>.js), so the widgets show in it from the first paint;
 * the widgets take the language from `<html lang>`, which WordPress sets from the site's locale.
 *
 * @package MicrosclerotherapyWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The handles of our module scripts (WordPress before 6.5), printed with type="module". */
$GLOBALS['msc_widgets_module_handles'] = array();

/**
 * The script files (relative to assets/cdn/) a page with these elements needs.
 *
 * @param string[] $tags The elements on the page.
 * @return string[]
 */
function msc_widgets_script_files( array $tags ) {
	$files = array();
	foreach ( $tags as $tag ) {
		$files[] = file_exists( MSC_WIDGETS_DIR . '/assets/cdn/' . $tag . '.js' ) ? $tag . '.js' : 'microsclerotherapy-widgets.js';
	}
	$language = strtolower( strtok( str_replace( '_', '-', determine_locale() ), '-' ) );
	if ( preg_match( '/^[a-z]{2,3}$/', $language ) && file_exists( MSC_WIDGETS_DIR . '/assets/cdn/locales/' . $language . '.js' ) ) {
		$files[] = 'locales/' . $language . '.js';
	}
	return array_values( array_unique( $files ) );
}

/**
 * Enqueues one file of assets/cdn/ as a module.
 *
 * @param string $file Relative to assets/cdn/.
 */
function msc_widgets_enqueue_module( $file ) {
	$id  = 'microsclerotherapy-widgets-' . preg_replace( '/[^a-z0-9]+/', '-', preg_replace( '/\.js$/', '', $file ) );
	$url = plugins_url( 'assets/cdn/' . $file, MSC_WIDGETS_FILE );
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( $id, $url, array(), MSC_WIDGETS_VERSION );
		return;
	}
	$GLOBALS['msc_widgets_module_handles'][ $id ] = true;
	wp_enqueue_script( $id, $url, array(), MSC_WIDGETS_VERSION, true );
}

add_filter(
	'script_loader_tag',
	static function ( $tag, $handle ) {
		if ( empty( $GLOBALS['msc_widgets_module_handles'][ $handle ] ) ) {
			return $tag;
		}
		$tag = preg_replace( '/\stype=([\'"])text\/javascript\1/', '', $tag );
		return preg_replace( '/<script(?=[\s>])/', '<script type="module"', $tag, 1 );
	},
	10,
	2
);

/**
 * Enqueues what a page with these elements needs, and the site's protocol block once.
 *
 * @param string[] $tags The elements.
 */
function msc_widgets_enqueue_front( array $tags ) {
	foreach ( msc_widgets_script_files( $tags ) as $file ) {
		msc_widgets_enqueue_module( $file );
	}
	if ( ! has_action( 'wp_footer', 'msc_widgets_print_protocol' ) ) {
		add_action( 'wp_footer', 'msc_widgets_print_protocol', 5 );
	}
}

/**
 * A protocol's JSON as it can stand inside a script element, or null for text that is not JSON.
 * JSON_HEX_TAG and JSON_HEX_AMP: no `<`, `>` or `&` in the output, so nothing can close the element.
 *
 * @param string $text The protocol's JSON, as saved.
 * @return string|null
 */
function msc_widgets_protocol_json( $text ) {
	$protocol = json_decode( $text );
	return null === $protocol ? null : wp_json_encode( $protocol, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_UNICODE );
}

/**
 * Prints the site's protocol as the page's `msc-protocol` JSON block (which every element follows
 * unless its block has a protocol of its own). The scripts are modules, run after the page is
 * parsed, so the block is there when they read it.
 */
function msc_widgets_print_protocol() {
	$settings = msc_widgets_settings();
	$json     = '' === $settings['protocol'] ? null : msc_widgets_protocol_json( $settings['protocol'] );
	if ( null === $json ) {
		return;
	}
	// $json has no character that HTML would read inside a script element (JSON_HEX_*).
	echo '<script type="application/json" id="msc-protocol">' . $json . "</script>\n"; // phpcs:ignore MscWidgets.Security.EscapedOutput -- JSON_HEX_TAG|JSON_HEX_AMP in msc_widgets_protocol_json().
}

// Singular pages with a block: load the scripts from the head (a block theme renders its template
// before the head anyway, and classic themes render the content after it; render_callback catches both).
add_action(
	'wp_enqueue_scripts',
	static function () {
		if ( ! is_singular() ) {
			return;
		}
		$tags = array();
		foreach ( array_keys( msc_widgets_elements() ) as $tag ) {
			if ( has_block( MSC_WIDGETS_NAMESPACE . '/' . $tag ) ) {
				$tags[] = $tag;
			}
		}
		if ( $tags ) {
			msc_widgets_enqueue_front( $tags );
		}
	}
);

// The block editor: the editor script (registered in blocks.php) and, for the live preview, the
// widgets themselves. The preview puts the protocol beside each element (assets/editor.js).
add_action(
	'enqueue_block_editor_assets',
	static function () {
		foreach ( msc_widgets_script_files( array_keys( msc_widgets_elements() ) ) as $file ) {
			msc_widgets_enqueue_module( $file );
		}
	}
);

// The editor's framed canvas (the site editor's; the post editor's where WordPress frames it) is a
// document of its own, into which WordPress loads the scripts of the editor settings' resolved
// assets, as classic scripts (it keeps only their src). So the widgets come into it through their
// classic loader, which imports the all-in-one bundle beside it.
add_filter(
	'block_editor_settings_all',
	static function ( $settings ) {
		if ( isset( $settings['__unstableResolvedAssets']['scripts'] ) && is_string( $settings['__unstableResolvedAssets']['scripts'] ) ) {
			$src = add_query_arg( 'ver', MSC_WIDGETS_VERSION, plugins_url( 'assets/cdn/microsclerotherapy-widgets.classic.js', MSC_WIDGETS_FILE ) );
			$settings['__unstableResolvedAssets']['scripts'] .= wp_get_script_tag(
				array(
					'id'  => 'microsclerotherapy-widgets-canvas-js',
					'src' => esc_url( $src ),
				)
			);
		}
		return $settings;
	}
);
