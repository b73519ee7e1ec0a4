package org.wsoatracker.people;

public record PersonView(long id, long localAreaId, String initials, String name, long organisationId,
		String organisationCode, String organisationName, String roleTitle, LeaderGroup group, String email,
		Long accountId, long version) {

	/**
	 * How a plan names a lead: initials and organisation, e.g. "M.S (CYC)".
	 */
	public String reference() {
		return this.initials + " (" + this.organisationCode + ")";
	}

}
