package org.wsoatracker.people;

import java.nio.charset.StandardCharsets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class PasswordHashing {

	/**
	 * Argon2id with Spring Security's recommended parameters (16 MiB memory, 2 iterations), of the password as UTF-8
	 * can carry it.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
		return new PasswordEncoder() {

			@Override
			public String encode(CharSequence rawPassword) {
				return argon2.encode(wellFormed(rawPassword));
			}

			@Override
			public boolean matches(CharSequence rawPassword, String encodedPassword) {
				return argon2.matches(wellFormed(rawPassword), encodedPassword);
			}

			@Override
			public boolean upgradeEncoding(String encodedPassword) {
				return argon2.upgradeEncoding(encodedPassword);
			}

		};
	}

	/**
	 * The password with any half of a surrogate pair that has no other half (which no keyboard types, but a request
	 * can carry, and which Argon2's UTF-8 encoding refuses with a failure) made a "?", as Java writes it in UTF-8.
	 */
	static CharSequence wellFormed(CharSequence password) {
		return password == null ? null
				: new String(password.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
	}

}
