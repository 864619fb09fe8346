<?php
/**
 * Form input ($_POST, $_GET, $_REQUEST, $_FILES) is read only in a function that verifies a nonce
 * first (wp_verify_nonce, check_admin_referer or check_ajax_referer). The Settings API's
 * sanitize callback receives the option already checked by options.php and reads no superglobal.
 *
 * @package MicrosclerotherapyWidgets
 */

namespace MscWidgets\Sniffs\Security;

use PHP_CodeSniffer\Files\File;
use PHP_CodeSniffer\Sniffs\Sniff;

/** Nonce verification. */
class NonceVerificationSniff implements Sniff {

	/** Superglobal variables. */
	public function register() {
		return array( T_VARIABLE );
	}

	/**
	 * Checks one variable.
	 *
	 * @param File $file The file.
	 * @param int  $ptr  The variable.
	 */
	public function process( File $file, $ptr ) {
		$tokens = $file->getTokens();
		if ( ! in_array( $tokens[ $ptr ]['content'], array( '$_POST', '$_GET', '$_REQUEST', '$_FILES' ), true ) ) {
			return;
		}
		$scope = 0;
		foreach ( $tokens[ $ptr ]['conditions'] as $opener => $type ) {
			if ( T_FUNCTION === $type || T_CLOSURE === $type ) {
				$scope = $opener;
			}
		}
		for ( $i = $scope; $i < $ptr; $i++ ) {
			if ( T_STRING === $tokens[ $i ]['code'] && in_array( strtolower( $tokens[ $i ]['content'] ), array( 'wp_verify_nonce', 'check_admin_referer', 'check_ajax_referer' ), true ) ) {
				return;
			}
		}
		$file->addError( '%s read without a nonce check before it', $ptr, 'Missing', array( $tokens[ $ptr ]['content'] ) );
	}
}
