package org.wsoatracker.shared.error;

/**
 * A change refused because of the data as it stands (a duplicate, a reference that would break, an edit made on a
 * stale copy). The message is written for the person who asked, and is safe to show. When the refusal is about one
 * field of a form (a code already used), {@link #field()} names it so the form can show the message beside it.
 */
public class ConflictException extends RuntimeException {

	private final String field;

	public ConflictException(String message) {
		this(null, message);
	}

	public ConflictException(String field, String message) {
		super(message);
		this.field = field;
	}

	/**
	 * The form field the refusal is about, or null when it is about the whole thing.
	 */
	public String field() {
		return this.field;
	}

}
