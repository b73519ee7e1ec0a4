package org.wsoatracker.shared.audit;

/**
 * A signed-in principal that can say which account it is, for the audit trail.
 */
public interface AuditedPrincipal {

	long getAccountId();

}
