<?php
/**
 * The test server's router (php -S): /wp-content/ from the test's own content folder (WP_CONTENT_DIR),
 * everything else as php -S serves it from /usr/share/wordpress.
 *
 * @package MicrosclerotherapyWidgets
 */

$msc_path    = (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
$msc_content = getenv( 'MSC_WP_CONTENT' );
if ( $msc_content && 0 === strpos( $msc_path, '/wp-content/' ) ) {
	$msc_file = realpath( $msc_content . '/' . substr( rawurldecode( $msc_path ), strlen( '/wp-content/' ) ) );
	if ( false === $msc_file || ! is_file( $msc_file ) || '.php' === substr( $msc_file, -4 ) ) {
		http_response_code( 404 );
		return true;
	}
	$msc_types = array(
		'js'    => 'text/javascript',
		'css'   => 'text/css',
		'json'  => 'application/json',
		'svg'   => 'image/svg+xml',
		'png'   => 'image/png',
		'woff2' => 'font/woff2',
	);
	$msc_ext   = strtolower( pathinfo( $msc_file, PATHINFO_EXTENSION ) );
	header( 'Content-Type: ' . ( $msc_types[ $msc_ext ] ?? 'application/octet-stream' ) );
	readfile( $msc_file );
	return true;
}
return false;
