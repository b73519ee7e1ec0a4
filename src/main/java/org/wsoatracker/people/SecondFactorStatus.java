package org.wsoatracker.people;

/**
 * Whether an account signs in with an authenticator app as well as its password: {@code setUp} once its person has
 * set one up, {@code required} when its role must (then it cannot be turned off), and how many of its recovery codes
 * are still unused.
 */
public record SecondFactorStatus(boolean setUp, boolean required, int recoveryCodesLeft) {
}
