<?php
/**
 * Test helper, run with php-cli: loads the test site's WordPress and does one thing.
 * php wp.php <command> [args]: setup-users | content <post id> | option <name> [json value] | kses <post id>
 *
 * @package MicrosclerotherapyWidgets
 */

$_SERVER['HTTP_HOST']   = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_USE_THEMES', false );
require '/usr/share/wordpress/wp-load.php';

$msc_command = $argv[1] ?? '';
if ( 'setup-users' === $msc_command ) {
	$msc_author = wp_insert_user(
		array(
			'user_login' => 'author',
			'user_pass'  => 'author-password',
			'user_email' => 'author@example.test',
			'role'       => 'author',
		)
	);
	if ( is_wp_error( $msc_author ) ) {
		fwrite( STDERR, $msc_author->get_error_message() );
		exit( 1 );
	}
	// No welcome guide in the block editor.
	foreach ( array( 1, $msc_author ) as $msc_user ) {
		update_user_meta( $msc_user, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
	}
	echo wp_json_encode( array( 'author' => $msc_author, 'version' => get_bloginfo( 'version' ) ) );
} elseif ( 'content' === $msc_command ) {
	$msc_content = get_post_field( 'post_content', (int) $argv[2], 'raw' );
	echo wp_json_encode(
		array(
			'content' => $msc_content,
			'kses'    => wp_kses_post( $msc_content ),
			'blocks'  => array_map(
				static function ( $block ) {
					return array(
						'name'  => $block['blockName'],
						'attrs' => $block['attrs'],
						'html'  => $block['innerHTML'],
					);
				},
				array_values( array_filter( parse_blocks( $msc_content ), static function ( $block ) { return null !== $block['blockName']; } ) )
			),
		)
	);
} elseif ( 'option' === $msc_command ) {
	if ( isset( $argv[3] ) ) {
		update_option( $argv[2], json_decode( $argv[3], true ) );
	}
	echo wp_json_encode( get_option( $argv[2], null ) );
} elseif ( 'locale' === $msc_command ) {
	// The site's language, without the language files (update_option would refuse a locale that is not installed).
	$GLOBALS['wpdb']->replace( $GLOBALS['wpdb']->options, array( 'option_name' => 'WPLANG', 'option_value' => $argv[2], 'autoload' => 'yes' ) );
	echo wp_json_encode( $argv[2] );
} else {
	fwrite( STDERR, "unknown command\n" );
	exit( 2 );
}
