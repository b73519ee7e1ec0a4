package org.wsoatracker.people;

import java.time.Instant;
import java.util.List;

/**
 * An account as the accounts list shows it: who, what they may do, whom in the plans they are, when they last signed
 * in (null if never).
 */
public record AccountRow(AccountView account, List<String> people, Instant lastSignedInAt) {
}
