package org.wsoatracker.shared.security;

import java.util.Collection;
import java.util.Set;

/**
 * The local areas a signed-in person belongs to, and so all they may see: every list, page, download and answer of
 * the read API is of these local areas only.
 */
public record AreaScope(Set<Long> localAreaIds) {

	public AreaScope {
		localAreaIds = Set.copyOf(localAreaIds);
	}

	public static AreaScope of(Collection<Long> localAreaIds) {
		return new AreaScope(Set.copyOf(localAreaIds));
	}

	public boolean includes(long localAreaId) {
		return this.localAreaIds.contains(localAreaId);
	}

	/**
	 * The local area ids as an array, for a statement's {@code = any(?)}.
	 */
	public Long[] ids() {
		return this.localAreaIds.toArray(Long[]::new);
	}

}
