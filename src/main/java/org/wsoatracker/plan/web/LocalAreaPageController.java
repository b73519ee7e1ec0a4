package org.wsoatracker.plan.web;

import java.util.List;

import org.wsoatracker.people.LeaderGroup;
import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.people.PersonView;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.InspectionView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A local area's page: its partner organisations, the people named in its plans (in the two tables a written
 * statement of action has) and its inspections, the archived ones apart. It is in the plan module because it lists inspections; the people
 * module, which the plan module uses, keeps the list of local areas and the forms for organisations and people.
 */
@Controller
class LocalAreaPageController {

	private final PeopleService people;

	private final InspectionService inspections;

	LocalAreaPageController(PeopleService people, InspectionService inspections) {
		this.people = people;
		this.inspections = inspections;
	}

	@GetMapping("/local-areas/{id}")
	String localArea(@PathVariable long id, Model model) {
		LocalAreaView area = this.people.localArea(id);
		List<PersonView> people = this.people.people(id);
		model.addAttribute("area", area);
		model.addAttribute("organisations", this.people.organisations(id));
		model.addAttribute("strategicLeaders", people.stream().filter(p -> p.group() == LeaderGroup.STRATEGIC).toList());
		model.addAttribute("operationalLeaders",
				people.stream().filter(p -> p.group() == LeaderGroup.OPERATIONAL).toList());
		model.addAttribute("inspections", this.inspections.inspections(id).stream().map(InspectionRow::of).toList());
		model.addAttribute("archivedInspections",
				this.inspections.archivedInspections(id).stream().map(InspectionRow::of).toList());
		return "plan/local-area";
	}

	record InspectionRow(long id, String framework, String dates, String outcome) {

		static InspectionRow of(InspectionView inspection) {
			return new InspectionRow(inspection.id(), inspection.details().framework().label(),
					InspectionFields.range(inspection.details().startDate(), inspection.details().endDate()),
					inspection.details().outcome().label());
		}

	}

}
