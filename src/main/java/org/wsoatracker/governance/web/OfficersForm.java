package org.wsoatracker.governance.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.validation.Errors;

/**
 * Naming a plan's accountable officers from the people of its local area (none is allowed: not yet named).
 */
public class OfficersForm {

	private List<String> officerIds = new ArrayList<>();

	static OfficersForm of(List<Long> ids) {
		OfficersForm form = new OfficersForm();
		form.officerIds = new ArrayList<>(ids.stream().map(String::valueOf).toList());
		return form;
	}

	Set<Long> validate(Errors errors, Set<String> people) {
		List<String> chosen = this.officerIds == null ? List.of() : this.officerIds;
		if (!people.containsAll(chosen)) {
			errors.rejectValue("officerIds", "invalid", "Select the accountable officers from the people listed");
			return null;
		}
		Set<Long> ids = new LinkedHashSet<>();
		chosen.forEach(id -> ids.add(Long.parseLong(id)));
		return ids;
	}

	public List<String> getOfficerIds() {
		return this.officerIds;
	}

	public void setOfficerIds(List<String> officerIds) {
		this.officerIds = officerIds;
	}

}
