package org.wsoatracker.shared.error;

/**
 * A change refused because of the data as it stands (a duplicate, a reference that would break, an edit made on a
 * stale copy). The message is written for the person who asked, and is safe to show.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
