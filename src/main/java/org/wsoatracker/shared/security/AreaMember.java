package org.wsoatracker.shared.security;

import org.wsoatracker.shared.audit.AuditedPrincipal;

/**
 * A signed-in person, as every module's pages know them: their account and the local areas they belong to.
 */
public interface AreaMember extends AuditedPrincipal {

	/**
	 * The local areas this person belongs to: all they may see.
	 */
	AreaScope scope();

}
