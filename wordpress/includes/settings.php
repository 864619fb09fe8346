<?php
/**
 * Settings → Microsclerotherapy widgets: what is the same on every page (the clinic, its links and
 * telephone numbers, the emergency service, the content governance and the clinic's protocol).
 * Only users who can `manage_options` see or save it; the Settings API adds and checks the nonce.
 *
 * @package MicrosclerotherapyWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const MSC_WIDGETS_OPTION = 'microsclerotherapy_widgets_settings';

/**
 * The settings fields that give the elements' attributes their site-wide default: option key =>
 * [HTML attribute, label, kind]. The kind says how the value is checked (as the elements check it).
 *
 * @return array<string, array{0: string, 1: string, 2: string}>
 */
function msc_widgets_setting_fields() {
	return array(
		'clinic_name'     => array( 'clinic-name', __( 'Clinic name', 'microsclerotherapy-widgets' ), 'text' ),
		'booking_url'     => array( 'booking-url', __( 'Booking link', 'microsclerotherapy-widgets' ), 'url' ),
		'contact_url'     => array( 'contact-url', __( 'Contact link', 'microsclerotherapy-widgets' ), 'url' ),
		'contact_phone'   => array( 'contact-phone', __( 'Clinic telephone', 'microsclerotherapy-widgets' ), 'phone' ),
		'emergency_text'  => array( 'emergency-text', __( 'Emergency service (how to name it)', 'microsclerotherapy-widgets' ), 'text' ),
		'emergency_phone' => array( 'emergency-phone', __( 'Emergency telephone', 'microsclerotherapy-widgets' ), 'phone' ),
		'reviewed_by'     => array( 'reviewed-by', __( 'Content reviewed by', 'microsclerotherapy-widgets' ), 'text' ),
		'reviewed_on'     => array( 'reviewed-on', __( 'Content reviewed on (YYYY-MM-DD)', 'microsclerotherapy-widgets' ), 'date' ),
		'next_review'     => array( 'next-review', __( 'Next review (YYYY-MM-DD)', 'microsclerotherapy-widgets' ), 'date' ),
	);
}

/**
 * The saved settings, every key present.
 *
 * @return array<string, string>
 */
function msc_widgets_settings() {
	$saved    = get_option( MSC_WIDGETS_OPTION, array() );
	$saved    = is_array( $saved ) ? $saved : array();
	$settings = array( 'protocol' => '' );
	foreach ( array_keys( msc_widgets_setting_fields() ) as $key ) {
		$settings[ $key ] = '';
	}
	foreach ( $settings as $key => $unused ) {
		if ( isset( $saved[ $key ] ) && is_string( $saved[ $key ] ) ) {
			$settings[ $key ] = $saved[ $key ];
		}
	}
	return $settings;
}

/**
 * The site's defaults by HTML attribute name, only those set.
 *
 * @return array<string, string>
 */
function msc_widgets_defaults() {
	$settings = msc_widgets_settings();
	$defaults = array();
	foreach ( msc_widgets_setting_fields() as $key => $field ) {
		if ( '' !== $settings[ $key ] ) {
			$defaults[ $field[0] ] = $settings[ $key ];
		}
	}
	return $defaults;
}

/**
 * Whether a value is one the elements accept for its kind (src/internal/attributes.ts, in PHP).
 *
 * @param string $kind  text, url, phone or date.
 * @param string $value The value, trimmed.
 * @return bool
 */
function msc_widgets_valid( $kind, $value ) {
	if ( '' === $value ) {
		return true;
	}
	switch ( $kind ) {
		case 'url':
			if ( preg_match( '/[\s<>"\\\\\p{Cc}]/u', $value ) || 0 === strpos( $value, '//' ) ) {
				return false;
			}
			if ( preg_match( '/^([a-z][a-z0-9+.\-]*):/i', $value, $scheme ) ) {
				return in_array( strtolower( $scheme[1] ), array( 'http', 'https' ), true );
			}
			return true;
		case 'phone':
			if ( ! preg_match( '/^\+?[\d\s().\-]+$/', $value ) ) {
				return false;
			}
			$digits = strlen( preg_replace( '/\D/', '', $value ) );
			return $digits >= 3 && $digits <= 20;
		case 'date':
			return (bool) preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', $value, $parts )
				&& checkdate( (int) $parts[2], (int) $parts[3], (int) $parts[1] );
		default:
			return true;
	}
}

/**
 * The protocol's shape, checked on save (the settings page's script checks it fully with the core's
 * parseProtocol before the form is sent; the elements check it again when they read it).
 *
 * @param string $text The JSON typed.
 * @return string|null What is wrong, or null.
 */
function msc_widgets_protocol_problem( $text ) {
	$value = json_decode( $text, true );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		/* translators: %s: the JSON parser's message. */
		return sprintf( __( 'protocol: not JSON (%s)', 'microsclerotherapy-widgets' ), json_last_error_msg() );
	}
	if ( ! is_array( $value ) || ( array() !== $value && array_keys( $value ) === range( 0, count( $value ) - 1 ) ) ) {
		return __( 'protocol: expected an object', 'microsclerotherapy-widgets' );
	}
	foreach ( array( 'id', 'name', 'version' ) as $required ) {
		if ( ! isset( $value[ $required ] ) || ! is_string( $value[ $required ] ) || '' === trim( $value[ $required ] ) ) {
			/* translators: %s: a setting of the protocol. */
			return sprintf( __( 'protocol %s: expected text (id, name and version are required)', 'microsclerotherapy-widgets' ), $required );
		}
	}
	return null;
}

/**
 * The Settings API's sanitize callback: each field trimmed and checked; a refused value keeps the
 * saved one and says why.
 *
 * @param mixed $input The posted option.
 * @return array<string, string>
 */
function msc_widgets_sanitize( $input ) {
	$input = is_array( $input ) ? wp_unslash( $input ) : array();
	$saved = msc_widgets_settings();
	$clean = $saved;
	foreach ( msc_widgets_setting_fields() as $key => $field ) {
		$value = isset( $input[ $key ] ) && is_string( $input[ $key ] ) ? sanitize_text_field( $input[ $key ] ) : '';
		if ( msc_widgets_valid( $field[2], $value ) ) {
			$clean[ $key ] = $value;
		} else {
			/* translators: %s: a field's label. */
			add_settings_error( MSC_WIDGETS_OPTION, 'msc-' . $key, sprintf( __( '%s: not valid; the saved value is kept.', 'microsclerotherapy-widgets' ), $field[1] ) );
		}
	}
	$protocol = isset( $input['protocol'] ) && is_string( $input['protocol'] ) ? trim( $input['protocol'] ) : '';
	$problem  = '' === $protocol ? null : msc_widgets_protocol_problem( $protocol );
	if ( null === $problem ) {
		$clean['protocol'] = $protocol;
	} else {
		add_settings_error( MSC_WIDGETS_OPTION, 'msc-protocol', $problem . ' ' . __( 'The saved protocol is kept.', 'microsclerotherapy-widgets' ) );
	}
	return $clean;
}

add_action(
	'admin_init',
	static function () {
		register_setting(
			'microsclerotherapy_widgets',
			MSC_WIDGETS_OPTION,
			array(
				'type'              => 'object',
				'sanitize_callback' => 'msc_widgets_sanitize',
				'default'           => array(),
			)
		);
	}
);

add_action(
	'admin_menu',
	static function () {
		$page = add_options_page(
			__( 'Microsclerotherapy widgets', 'microsclerotherapy-widgets' ),
			__( 'Microsclerotherapy widgets', 'microsclerotherapy-widgets' ),
			'manage_options',
			'microsclerotherapy-widgets',
			'msc_widgets_settings_page'
		);
		add_action(
			'admin_print_scripts-' . $page,
			static function () {
				$asset = include MSC_WIDGETS_DIR . '/assets/settings.asset.php';
				wp_enqueue_script( 'microsclerotherapy-widgets-settings', plugins_url( 'assets/settings.js', MSC_WIDGETS_FILE ), $asset['dependencies'], $asset['version'], true );
			}
		);
	}
);

/** Prints the settings page. */
function msc_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$settings = msc_widgets_settings();
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<p><?php esc_html_e( 'These apply to every widget on the site. A block can override each of them in its own settings.', 'microsclerotherapy-widgets' ); ?></p>
		<?php settings_errors( MSC_WIDGETS_OPTION ); ?>
		<div id="msc-widgets-errors" class="notice notice-error" role="alert" tabindex="-1" hidden></div>
		<form id="msc-widgets-settings" method="post" action="<?php echo esc_url( admin_url( 'options.php' ) ); ?>">
			<?php settings_fields( 'microsclerotherapy_widgets' ); ?>
			<table class="form-table" role="presentation">
				<?php foreach ( msc_widgets_setting_fields() as $key => $field ) : ?>
					<tr>
						<th scope="row"><label for="msc-<?php echo esc_attr( $key ); ?>"><?php echo esc_html( $field[1] ); ?></label></th>
						<td><input type="text" class="regular-text" id="msc-<?php echo esc_attr( $key ); ?>"
							name="<?php echo esc_attr( MSC_WIDGETS_OPTION . '[' . $key . ']' ); ?>"
							value="<?php echo esc_attr( $settings[ $key ] ); ?>"
							data-msc-attribute="<?php echo esc_attr( $field[0] ); ?>" data-msc-label="<?php echo esc_attr( $field[1] ); ?>"></td>
					</tr>
				<?php endforeach; ?>
				<tr>
					<th scope="row"><label for="msc-protocol"><?php esc_html_e( "The clinic's protocol (JSON)", 'microsclerotherapy-widgets' ); ?></label></th>
					<td>
						<textarea id="msc-protocol" class="large-text code" rows="14" data-msc-protocol
							name="<?php echo esc_attr( MSC_WIDGETS_OPTION . '[protocol]' ); ?>"><?php echo esc_textarea( $settings['protocol'] ); ?></textarea>
						<p class="description"><?php esc_html_e( 'Leave empty to follow the leaflet. Checked before it is saved; the README\'s section "Your clinic\'s protocol" lists every setting.', 'microsclerotherapy-widgets' ); ?></p>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
