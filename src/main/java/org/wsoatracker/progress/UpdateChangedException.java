package org.wsoatracker.progress;

import org.wsoatracker.shared.error.ConflictException;

/**
 * A save or a board decision refused because the update is no longer what the person saw when they opened the page:
 * someone (or the same person, in another tab) saved, submitted or reviewed it since, or created it when the page
 * showed none. Nothing of the refused change was kept. The caller reads the update again to show what is there now.
 */
public class UpdateChangedException extends ConflictException {

	public UpdateChangedException() {
		super("This update changed after you opened the page");
	}

}
