package org.wsoatracker.people;

/**
 * Who the identity provider says has signed in through it (single sign-on): its issuer, the person's subject there
 * (an identifier the provider never gives anyone else), and the email address it gives for them, if any, with
 * whether it has verified that address.
 */
public record ProviderIdentity(String issuer, String subject, String email, boolean emailVerified) {
}
