package org.wsoatracker.shared.web;

import java.util.Set;

/**
 * A link in the service navigation. Each module declares its own as beans; the layout shows those the signed-in
 * person's role may use, in {@code order}.
 */
public record NavigationItem(String label, String href, Set<String> roles, int order) {

	public NavigationItem(String label, String href, int order, String... roles) {
		this(label, href, Set.of(roles), order);
	}

	public boolean visibleTo(Set<String> userRoles) {
		return this.roles.stream().anyMatch(userRoles::contains);
	}

	public boolean isCurrent(String path) {
		return "/".equals(this.href) ? "/".equals(path) : path.equals(this.href) || path.startsWith(this.href + "/");
	}

}
