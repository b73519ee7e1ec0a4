package org.wsoatracker.people;

import java.time.Instant;
import java.util.List;

/**
 * An account as the accounts list shows it: who, what they may do, whom in the plans they are, when they last signed
 * in (null if never), the local areas they belong to (ids and names in the same order).
 */
public record AccountRow(AccountView account, List<String> people, List<Long> localAreaIds, List<String> localAreas,
		Instant lastSignedInAt) {
}
