<?php
/**
 * One dynamic block per element: blocks/<tag>/block.json (apiVersion 2), edited with assets/editor.js
 * and rendered here, so the saved post holds only the block comment with its attributes.
 *
 * @package MicrosclerotherapyWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action(
	'init',
	static function () {
		$asset = include MSC_WIDGETS_DIR . '/assets/editor.asset.php';
		wp_register_script( 'microsclerotherapy-widgets-editor', plugins_url( 'assets/editor.js', MSC_WIDGETS_FILE ), $asset['dependencies'], $asset['version'], true );
		foreach ( array_keys( msc_widgets_elements() ) as $tag ) {
			register_block_type( MSC_WIDGETS_DIR . '/blocks/' . $tag, array( 'render_callback' => 'msc_widgets_render_block' ) );
		}
	}
);

add_action(
	'enqueue_block_editor_assets',
	static function () {
		$settings = msc_widgets_settings();
		$data     = array(
			'elements' => array_values( msc_widgets_elements() ),
			'defaults' => msc_widgets_defaults(),
			'protocol' => '' === $settings['protocol'] ? null : msc_widgets_protocol_json( $settings['protocol'] ),
		);
		wp_add_inline_script( 'microsclerotherapy-widgets-editor', 'window.mscWidgetsEditor = ' . wp_json_encode( $data, JSON_HEX_TAG | JSON_HEX_AMP ) . ';', 'before' );
	}
);

/**
 * Renders a block: the element's tag with each attribute the block sets, else the site's setting,
 * every value escaped; a protocol of the block's own goes before it as a JSON block.
 *
 * @param array<string, mixed> $attributes The block's attributes.
 * @param string               $content    Unused (the blocks save no content).
 * @param WP_Block             $block      The block.
 * @return string
 */
function msc_widgets_render_block( $attributes, $content, $block ) {
	$tag      = substr( $block->name, strlen( MSC_WIDGETS_NAMESPACE . '/' ) );
	$elements = msc_widgets_elements();
	if ( ! isset( $elements[ $tag ] ) ) {
		return '';
	}
	msc_widgets_enqueue_front( array( $tag ) );
	$defaults = msc_widgets_defaults();
	$before   = '';
	$html     = '<' . $tag . ' ' . get_block_wrapper_attributes();
	foreach ( $elements[ $tag ]['attributes'] as $attribute ) {
		$value = isset( $attributes[ $attribute['key'] ] ) ? $attributes[ $attribute['key'] ] : null;
		if ( 'protocol' === $attribute['type'] ) {
			if ( is_string( $value ) && '' !== trim( $value ) ) {
				list( $id, $before ) = msc_widgets_block_protocol( $value );
				$html               .= ' protocol="' . esc_attr( $id ) . '"';
			}
			continue;
		}
		if ( 'boolean' === $attribute['type'] ) {
			if ( true === $value ) {
				$html .= ' ' . $attribute['name'];
			}
			continue;
		}
		if ( ! is_string( $value ) || '' === trim( $value ) ) {
			$value = ! empty( $attribute['site'] ) && isset( $defaults[ $attribute['name'] ] ) ? $defaults[ $attribute['name'] ] : null;
		}
		if ( null !== $value ) {
			$html .= ' ' . $attribute['name'] . '="' . esc_attr( $value ) . '"';
		}
	}
	return $before . $html . '></' . $tag . '>';
}

/**
 * A block's own protocol: the JSON block to put before its element, and the id the element names it
 * by. A protocol that is not JSON, or fails the shape check, gets no JSON block: its element then
 * says that it cannot read its protocol, and never shows the site's numbers in its place.
 *
 * @param string $text The block's protocol, as JSON.
 * @return array{0: string, 1: string} The id, and the JSON block (or '').
 */
function msc_widgets_block_protocol( $text ) {
	static $count = 0;
	++$count;
	$id   = 'msc-protocol-block-' . $count;
	$json = null === msc_widgets_protocol_problem( $text ) ? msc_widgets_protocol_json( $text ) : null;
	// $json has no character that HTML would read inside a script element (JSON_HEX_*).
	return array( $id, null === $json ? '' : '<script type="application/json" id="' . esc_attr( $id ) . '">' . $json . '</script>' );
}
