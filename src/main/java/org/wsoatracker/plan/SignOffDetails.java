package org.wsoatracker.plan;

import java.time.LocalDate;

/**
 * Who signs the plan off for a partner organisation.
 */
public record SignOffDetails(String organisation, String name, String role, LocalDate signedOn) {
}
