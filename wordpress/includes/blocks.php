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
		$data = array(
			'elements' => array_values( msc_widgets_elements() ),
			'defaults' => msc_widgets_defaults(),
		);
		wp_add_inline_script( 'microsclerotherapy-widgets-editor', 'window.mscWidgetsEditor = ' . wp_json_encode( $data, JSON_HEX_TAG | JSON_HEX_AMP ) . ';', 'before' );
	}
);

/**
 * Renders a block: the element's tag with each attribute the block sets, else the site's setting,
 * every value escaped.
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
	$html     = '<' . $tag . ' ' . get_block_wrapper_attributes();
	foreach ( $elements[ $tag ]['attributes'] as $attribute ) {
		$value = isset( $attributes[ $attribute['key'] ] ) ? $attributes[ $attribute['key'] ] : null;
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
	return $html . '></' . $tag . '>';
}
