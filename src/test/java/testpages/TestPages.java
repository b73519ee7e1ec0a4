package testpages;

import java.util.ArrayList;
import java.util.List;

import org.wsoatracker.shared.web.DateParts;
import org.wsoatracker.shared.web.Option;
import org.wsoatracker.shared.web.SummaryRow;
import org.wsoatracker.shared.web.TaskListItem;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Pages that exist only in tests (outside the application's packages, so component scanning never finds them): every GOV.UK component fragment on one form, and endpoints that fail on purpose so
 * the error pages can be checked.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestPages {

	/**
	 * Registered as a member of this configuration.
	 */
	@Controller
	@RequestMapping("/test")
	static class TestPagesController {

		@GetMapping("/components")
		String components(@ModelAttribute("form") ComponentsForm form, Model model) {
			return page(model);
		}

		@PostMapping("/components")
		String submit(@ModelAttribute("form") ComponentsForm form, BindingResult result, Model model) {
			if (form.getName().isBlank()) {
				result.rejectValue("name", "required", "Enter a name");
			}
			if (form.getDescription().isBlank()) {
				result.rejectValue("description", "required", "Enter a description");
			}
			if (form.getScale() == null) {
				result.rejectValue("scale", "required", "Select a progress scale");
			}
			if (form.getPartners().isEmpty()) {
				result.rejectValue("partners", "required", "Select at least one partner organisation");
			}
			if (form.getOrganisation().isBlank()) {
				result.rejectValue("organisation", "required", "Select an organisation");
			}
			if (form.getStart().toLocalDate().isEmpty()) {
				result.rejectValue("start", "invalid", "Start date must be a real date");
			}
			return result.hasErrors() ? page(model) : "redirect:/test/components";
		}

		private String page(Model model) {
			model.addAttribute("scales", List.of(new Option("YORK", "Six steps", "Not yet started to Embedded"),
					new Option("RAG", "Red, amber, green and blue")));
			model.addAttribute("partnerOptions", List.of(new Option("CYC", "City of York Council"),
					new Option("CCG", "Vale of York Clinical Commissioning Group")));
			model.addAttribute("organisations", List.of(new Option("CYC", "City of York Council"),
					new Option("TEWV", "Tees, Esk and Wear Valleys NHS Foundation Trust")));
			model.addAttribute("rows", List.of(new SummaryRow("Plan", "Written statement of action", "/test/components", "Change"),
					new SummaryRow("Deadline", "1 June 2020")));
			model.addAttribute("tasks", List.of(
					new TaskListItem("task-people", "Add people", "At least one person", "/test/people", "Completed", null),
					new TaskListItem("task-plan", "Create the plan", null, "/test/plan", "Not started", "blue"),
					new TaskListItem("task-period", "Open a period", "Create the plan first", null, "Cannot start yet",
							null)));
			model.addAttribute("head", List.of("Action", "Status"));
			model.addAttribute("tableRows", List.of(List.of("1.1", "Progressing and on track"), List.of("1.2", "<b>bold</b>")));
			return "test/components";
		}

		@GetMapping("/boom")
		String boom() {
			throw new IllegalStateException("select password_hash from account where secret = 'leaked'");
		}

		@GetMapping("/race")
		String race() {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException("PlanAction", 1L);
		}

		@GetMapping("/refuse")
		String refuse() {
			throw new org.wsoatracker.shared.error.ConflictException(
					"The update has been submitted: its evidence can no longer be removed");
		}

		@GetMapping("/admin-only")
		@PreAuthorize("hasRole('ADMIN')")
		String adminOnly(Model model) {
			model.addAttribute("form", new ComponentsForm());
			return page(model);
		}

	}

	public static class ComponentsForm {

		private String name = "";

		private String description = "";

		private String scale;

		private List<String> partners = new ArrayList<>();

		private String organisation = "";

		private DateParts start = new DateParts();

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public String getScale() {
			return this.scale;
		}

		public void setScale(String scale) {
			this.scale = scale;
		}

		public List<String> getPartners() {
			return this.partners;
		}

		public void setPartners(List<String> partners) {
			this.partners = partners;
		}

		public String getOrganisation() {
			return this.organisation;
		}

		public void setOrganisation(String organisation) {
			this.organisation = organisation;
		}

		public DateParts getStart() {
			return this.start;
		}

		public void setStart(DateParts start) {
			this.start = start;
		}

	}

}
