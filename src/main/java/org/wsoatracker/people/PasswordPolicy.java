package org.wsoatracker.people;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.nulabinc.zxcvbn.StandardDictionaries;

import org.springframework.stereotype.Component;

/**
 * Passwords as the NCSC advises: long enough, long passphrases welcome, no rules about which characters to use, no
 * expiry, and not one that is known to be common. The deny-list is the list of 30,000 most common passwords
 * (from leaked password sets) that the zxcvbn library ships under the MIT licence; a password is refused when it is
 * on the list, or is a listed password with digits or symbols added at the end ("password1234"), or is mostly the
 * person's own email address.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 256;

	private final Set<String> common;

	PasswordPolicy() {
		try {
			this.common = Set.copyOf(StandardDictionaries.PASSWORDS_LOADER.load().getRankedDictionary().keySet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the list of common passwords", ex);
		}
	}

	/**
	 * What is wrong with the password, in GOV.UK words, or nothing when it may be used.
	 */
	public Optional<String> problem(String password, String email) {
		if (password == null || password.isEmpty()) {
			return Optional.of("Enter a password");
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("Password must be " + MIN_LENGTH + " characters or more");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("Password must be " + MAX_LENGTH + " characters or fewer");
		}
		if (isCommon(password) || isLikeEmail(password, email)) {
			return Optional.of("Choose a password that is harder to guess: this one is on a list of common passwords"
					+ " or is too like your email address");
		}
		return Optional.empty();
	}

	boolean isCommon(String password) {
		String lower = password.toLowerCase(Locale.ROOT);
		if (this.common.contains(lower) || lower.chars().distinct().count() <= 2) {
			return true;
		}
		String base = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "");
		return base.length() >= 4 && this.common.contains(base);
	}

	private static boolean isLikeEmail(String password, String email) {
		if (email == null || email.isBlank()) {
			return false;
		}
		String lower = password.toLowerCase(Locale.ROOT).replaceAll("[\\d\\p{Punct}\\s]+$", "");
		String address = email.trim().toLowerCase(Locale.ROOT);
		String local = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
		return lower.equals(address) || (local.length() >= 4 && lower.equals(local));
	}

}
