package org.wsoatracker.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.util.Assert;

/**
 * A second factor: as typed on the sign-in code page (a code, not yet checked), or as given (the authenticator app
 * factor, with how it was given for the security event log). Spring Security adds the authorities of the password
 * sign-in to the one given ({@code @EnableMultiFactorAuthentication}), so that the session holds both factors.
 */
final class SecondFactorAuthentication extends AbstractAuthenticationToken {

	private static final long serialVersionUID = 1L;

	private final SignedInUser user;

	private final boolean recovery;

	private final String how;

	private transient String code;

	private SecondFactorAuthentication(SignedInUser user, boolean recovery, String how, String code) {
		super(how == null ? List.of() : List.of(SecondFactorRequirement.authority()));
		this.user = user;
		this.recovery = recovery;
		this.how = how;
		this.code = code;
		setAuthenticated(how != null);
	}

	private SecondFactorAuthentication(Builder<?> builder) {
		super(builder);
		this.user = builder.user;
		this.recovery = builder.recovery;
		this.how = builder.how;
	}

	/**
	 * A code as typed, to check: from the authenticator app, or a recovery code.
	 */
	static SecondFactorAuthentication typed(SignedInUser user, boolean recovery, String code) {
		return new SecondFactorAuthentication(user, recovery, null, code);
	}

	/**
	 * The second factor, given as {@code how} says ("with a recovery code").
	 */
	static SecondFactorAuthentication given(SignedInUser user, boolean recovery, String how) {
		return new SecondFactorAuthentication(user, recovery, how, null);
	}

	@Override
	public SignedInUser getPrincipal() {
		return this.user;
	}

	@Override
	public String getCredentials() {
		return this.code;
	}

	@Override
	public void eraseCredentials() {
		super.eraseCredentials();
		this.code = null;
	}

	boolean isRecovery() {
		return this.recovery;
	}

	/**
	 * How the second factor was given, for the security event log.
	 */
	String how() {
		return this.how;
	}

	@Override
	public Builder<?> toBuilder() {
		return new Builder<>(this);
	}

	/**
	 * What Spring Security's multi-factor support uses to add the earlier factors' authorities.
	 */
	static final class Builder<B extends Builder<B>> extends AbstractAuthenticationBuilder<B> {

		private SignedInUser user;

		private final boolean recovery;

		private final String how;

		private Builder(SecondFactorAuthentication authentication) {
			super(authentication);
			this.user = authentication.user;
			this.recovery = authentication.recovery;
			this.how = authentication.how;
		}

		@Override
		@SuppressWarnings("unchecked")
		public B principal(Object principal) {
			Assert.isInstanceOf(SignedInUser.class, principal, "principal must be the signed-in user");
			this.user = (SignedInUser) principal;
			return (B) this;
		}

		@Override
		public SecondFactorAuthentication build() {
			return new SecondFactorAuthentication(this);
		}

	}

}
