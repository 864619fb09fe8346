<?php
/**
 * Plugin Name:       Microsclerotherapy widgets
 * Description:       Patient-information widgets about microsclerotherapy (thread veins) as blocks: suitability checker, area size guide, aftercare timeline, complications list and preparation checklist.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       microsclerotherapy-widgets
 *
 * @package MicrosclerotherapyWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'MSC_WIDGETS_VERSION', '0.1.0' );
define( 'MSC_WIDGETS_FILE', __FILE__ );
define( 'MSC_WIDGETS_DIR', __DIR__ );

require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/blocks.php';
