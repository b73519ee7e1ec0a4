package org.wsoatracker.shared.web;

import java.util.List;
import java.util.Optional;

/**
 * A page that asks "Are you sure you want to archive (or delete) this …?" before it is done
 * ({@code shared/archive.html}, {@code shared/delete.html}): the kind of record ("plan"), its name, what archiving or
 * deleting it means, where the form posts and where Cancel goes back to. A record that cannot be deleted has a
 * refusal, which says why, and the address of archiving it instead (none when it is archived already).
 */
public record Confirmation(String record, String name, List<String> means, String action, String back,
		String refusal, String archive) {

	public static Confirmation archive(String record, String name, List<String> means, String action, String back) {
		return new Confirmation(record, name, means, action, back, null, null);
	}

	public static Confirmation delete(String record, String name, List<String> means, String action, String back,
			Optional<String> refusal, String archive) {
		return new Confirmation(record, name, means, action, back, refusal.orElse(null), archive);
	}

}
