<?php
/**
 * The elements and their attributes (elements.json, generated from the package's
 * custom-elements.json when the plugin is built).
 *
 * @package MicrosclerotherapyWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The block namespace: blocks are named `microsclerotherapy-widgets/<tag>`. */
const MSC_WIDGETS_NAMESPACE = 'microsclerotherapy-widgets';

/**
 * The elements, by tag: `tag`, `block`, `title`, `description` and `attributes` (each with `name`,
 * the HTML attribute, `key`, the block attribute, `type` and `site` when the settings give its default).
 *
 * @return array<string, array<string, mixed>>
 */
function msc_widgets_elements() {
	static $elements = null;
	if ( null === $elements ) {
		$elements = array();
		$data     = wp_json_file_decode( MSC_WIDGETS_DIR . '/elements.json', array( 'associative' => true ) );
		foreach ( (array) $data as $element ) {
			// Tags and attribute names go into the page as they are: only the forms custom elements use.
			if ( ! preg_match( '/^[a-z]+(?:-[a-z]+)+$/', $element['tag'] ) ) {
				continue;
			}
			$element['attributes'] = array_values(
				array_filter(
					$element['attributes'],
					static function ( $attribute ) {
						return (bool) preg_match( '/^[a-z]+(?:-[a-z]+)*$/', $attribute['name'] );
					}
				)
			);
			$elements[ $element['tag'] ] = $element;
		}
	}
	return $elements;
}
