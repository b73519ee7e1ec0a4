package org.wsoatracker.governance;

import java.time.LocalDate;

/**
 * What a risk says, as the programme office records it. The review date may be null.
 */
public record RiskDetails(String title, String cause, String consequence, long ownerId, String mitigations,
		int likelihood, int impact, int targetScore, LocalDate reviewDate, RiskStatus status) {
}
