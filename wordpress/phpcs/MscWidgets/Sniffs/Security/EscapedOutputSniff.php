<?php
/**
 * Output must be escaped: every operand of `echo`, `print` and `<?=` is a literal string or number,
 * an integer cast, or the result of an escaping function (esc_html, esc_attr, esc_url, esc_textarea…).
 * A double-quoted string with variables, a variable or any other call is an error.
 *
 * @package MicrosclerotherapyWidgets
 */

namespace MscWidgets\Sniffs\Security;

use PHP_CodeSniffer\Files\File;
use PHP_CodeSniffer\Sniffs\Sniff;

/** Escaped output. */
class EscapedOutputSniff implements Sniff {

	/**
	 * Functions whose result is safe to print in HTML.
	 *
	 * @var string[]
	 */
	const ESCAPING = array( 'esc_html', 'esc_attr', 'esc_url', 'esc_textarea', 'esc_js', 'esc_html__', 'esc_attr__', 'esc_html_x', 'esc_attr_x', 'absint', 'intval', 'wp_kses_post', 'wp_kses' );

	/** Tokens that print. */
	public function register() {
		return array( T_ECHO, T_PRINT, T_OPEN_TAG_WITH_ECHO );
	}

	/**
	 * Checks one output statement.
	 *
	 * @param File $file  The file.
	 * @param int  $start The output token.
	 */
	public function process( File $file, $start ) {
		$tokens = $file->getTokens();
		$end    = $file->findEndOfStatement( $start + 1 );
		$part   = array();
		for ( $i = $start + 1; $i <= $end; $i++ ) {
			$code = $tokens[ $i ]['code'];
			if ( T_SEMICOLON === $code || T_CLOSE_TAG === $code || ( T_STRING_CONCAT === $code ) || ( T_COMMA === $code && T_PRINT !== $tokens[ $start ]['code'] ) || $i === $end ) {
				if ( $i === $end && T_SEMICOLON !== $code && T_CLOSE_TAG !== $code && T_STRING_CONCAT !== $code ) {
					$part[] = $i;
				}
				$this->check_operand( $file, $part, $start );
				$part = array();
				continue;
			}
			if ( isset( $tokens[ $i ]['parenthesis_closer'] ) && T_OPEN_PARENTHESIS === $code ) {
				$part[] = $i;
				$i      = $tokens[ $i ]['parenthesis_closer'];
				$part[] = $i;
				continue;
			}
			if ( T_WHITESPACE !== $code && T_COMMENT !== $code ) {
				$part[] = $i;
			}
		}
	}

	/**
	 * One operand: the tokens (no white space) between concatenation operators.
	 *
	 * @param File  $file  The file.
	 * @param int[] $part  Its tokens (parentheses: opener and closer only).
	 * @param int   $start The output token.
	 */
	private function check_operand( File $file, array $part, $start ) {
		if ( array() === $part ) {
			return;
		}
		$tokens = $file->getTokens();
		$first  = $tokens[ $part[0] ];
		if ( 1 === count( $part ) && in_array( $first['code'], array( T_CONSTANT_ENCAPSED_STRING, T_LNUMBER, T_DNUMBER ), true ) ) {
			return;
		}
		if ( 2 === count( $part ) && T_INT_CAST === $first['code'] ) {
			return;
		}
		if ( 3 === count( $part ) && T_STRING === $first['code'] && in_array( strtolower( $first['content'] ), self::ESCAPING, true )
			&& T_OPEN_PARENTHESIS === $tokens[ $part[1] ]['code'] ) {
			return;
		}
		$file->addError( 'Output not escaped: %s', $part[0], 'OutputNotEscaped', array( $first['content'] ) );
	}
}
