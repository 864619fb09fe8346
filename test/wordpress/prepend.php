<?php
/**
 * Prepended to every script of the test server and of test/wordpress/wp.php (php -d
 * auto_prepend_file): tells Debian's wp-config.php which /etc/wordpress/config-*.php is this run's.
 *
 * @package MicrosclerotherapyWidgets
 */

$_SERVER['WORDPRESS_CONFIG'] = getenv( 'WORDPRESS_CONFIG' );
