package org.wsoatracker.governance;

import java.time.LocalDate;

/**
 * An action arising as the programme office records it; a closed one has its closing note.
 */
public record ActionArisingDetails(String description, long ownerId, LocalDate dueDate, boolean closed,
		String closingNote) {
}
