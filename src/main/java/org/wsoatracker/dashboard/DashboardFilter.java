package org.wsoatracker.dashboard;

import java.util.List;

import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.LeadOrganisationView;
import org.wsoatracker.plan.LeadView;
import org.wsoatracker.progress.ActionProgress;

/**
 * Which actions a dashboard shows: by area number, lead organisation code, lead (person id) and status code ("NONE"
 * for actions with no update yet). A null or blank part matches every action. Kept in the page's query string.
 */
public record DashboardFilter(Integer area, String organisation, Long lead, String status) {

	public static final String NO_UPDATE = "NONE";

	public static DashboardFilter none() {
		return new DashboardFilter(null, null, null, null);
	}

	public DashboardFilter {
		organisation = organisation == null || organisation.isBlank() ? null : organisation.trim();
		status = status == null || status.isBlank() ? null : status.trim();
	}

	public boolean active() {
		return this.area != null || this.organisation != null || this.lead != null || this.status != null;
	}

	boolean matches(ActionView action, ActionProgress position) {
		if (this.area != null && action.areaNumber() != this.area) {
			return false;
		}
		if (this.organisation != null && action.leads().stream().map(LeadView::organisationCode).noneMatch(this.organisation::equals)
				&& action.leadOrganisations().stream().map(LeadOrganisationView::code).noneMatch(this.organisation::equals)) {
			return false;
		}
		if (this.lead != null && action.leads().stream().noneMatch(lead -> lead.personId() == this.lead)) {
			return false;
		}
		if (this.status != null) {
			String code = position == null ? null : position.statusCode();
			return NO_UPDATE.equals(this.status) ? code == null : this.status.equals(code);
		}
		return true;
	}

	/**
	 * The choices offered for one part of the filter.
	 */
	public record Choice(String value, String label) {
	}

	/**
	 * Every choice for each part of the filter, from the whole plan.
	 */
	public record Choices(List<Choice> areas, List<Choice> organisations, List<Choice> leads, List<Choice> statuses) {
	}

}
