package org.wsoatracker.people;

import java.io.Serializable;

/**
 * A link from an invitation or password reset email, as the person who followed it has it.
 */
public record EmailedLink(String token, TokenPurpose purpose) implements Serializable {

	@Override
	public String toString() {
		return "EmailedLink[purpose=" + this.purpose + "]";
	}

}
