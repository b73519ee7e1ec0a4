package org.wsoatracker.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A code from an authenticator app as typed (apps show it as "123 456"), on the sign-in code page and when setting an
 * app up; on the recovery code page, a recovery code.
 */
public class CodeForm {

	static final String MISSING = "Enter the 6 digit code from your authenticator app";

	static final String NOT_SIX_DIGITS = "Enter the code using 6 digits only";

	private static final String SIX_DIGITS = "^\\s*(\\d\\s*){6}$";

	@NotBlank(message = MISSING)
	@Pattern(regexp = "^\\s*$|" + SIX_DIGITS, message = NOT_SIX_DIGITS)
	private String code = "";

	static boolean isSixDigits(String code) {
		return code.matches(SIX_DIGITS);
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code == null ? "" : code;
	}

}
