package org.wsoatracker.progress.web;

import org.wsoatracker.people.Role;
import org.wsoatracker.progress.Actor;
import org.wsoatracker.security.SignedInUser;

final class Actors {

	private Actors() {
	}

	static Actor of(SignedInUser user) {
		return new Actor(user.getAccountId(), user.getDisplayName(), user.getRole() == Role.ADMIN);
	}

}
