package org.wsoatracker.plan.web;

import java.util.List;
import java.util.Optional;

import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.InspectionView;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.shared.web.Confirmation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Archiving, restoring and deleting plans and inspections, each archive and delete after a page that says what it
 * means and asks to be sure. A delete that would lose what refers to the record is refused, saying why, and offers to
 * archive it instead. Administrators only.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class LifeCycleController {

	private static final List<String> ARCHIVING_A_PLAN = List.of(
			"it leaves the list of plans, the board's dashboard, leads' actions and reminders",
			"it takes no new reporting periods or updates",
			"it stays readable under archived plans, with its history and published reports, which the scrutiny"
					+ " committee can still read",
			"you can restore it at any time");

	private static final List<String> DELETING_A_PLAN = List.of(
			"the plan, its areas for improvement, actions, sub-actions and measures of success are deleted",
			"the audit trail keeps a record that it was deleted, and by whom");

	private static final List<String> ARCHIVING_AN_INSPECTION = List.of(
			"the inspection and the plans that answer it leave the lists, the board's dashboard, leads' actions and"
					+ " reminders",
			"those plans take no new reporting periods or updates",
			"it stays readable under archived inspections on its local area's page, and the plans under archived"
					+ " plans, with their history and published reports",
			"you can restore it at any time");

	private static final List<String> DELETING_AN_INSPECTION = List.of(
			"the inspection, its findings and its areas of weakness are deleted",
			"the audit trail keeps a record that it was deleted, and by whom");

	private final PlanService plans;

	private final InspectionService inspections;

	LifeCycleController(PlanService plans, InspectionService inspections) {
		this.plans = plans;
		this.inspections = inspections;
	}

	// Plans

	@GetMapping("/plans/{id}/archive")
	String confirmArchivePlan(@PathVariable long id, Model model) {
		PlanView plan = this.plans.plan(id);
		model.addAttribute("confirmation", Confirmation.archive("plan", plan.title(), ARCHIVING_A_PLAN,
				"/plans/" + id + "/archive", "/plans/" + id));
		return "shared/archive";
	}

	@PostMapping("/plans/{id}/archive")
	String archivePlan(@PathVariable long id, RedirectAttributes redirect) {
		this.plans.archivePlan(id);
		redirect.addFlashAttribute("success", "Plan archived: it is under archived plans");
		return "redirect:/plans";
	}

	@PostMapping("/plans/{id}/restore")
	String restorePlan(@PathVariable long id, RedirectAttributes redirect) {
		this.plans.restorePlan(id);
		redirect.addFlashAttribute("success", "Plan restored");
		return "redirect:/plans/" + id;
	}

	@GetMapping("/plans/{id}/delete")
	String confirmDeletePlan(@PathVariable long id, Model model) {
		return deletePlanPage(id, this.plans.whyPlanIsKept(id), model);
	}

	@PostMapping("/plans/{id}/delete")
	String deletePlan(@PathVariable long id, Model model, RedirectAttributes redirect) {
		try {
			this.plans.deletePlan(id);
		}
		catch (ConflictException refusal) {
			return deletePlanPage(id, Optional.of(refusal.getMessage()), model);
		}
		redirect.addFlashAttribute("success", "Plan deleted");
		return "redirect:/plans";
	}

	private String deletePlanPage(long id, Optional<String> refusal, Model model) {
		PlanView plan = this.plans.plan(id);
		model.addAttribute("confirmation", Confirmation.delete("plan", plan.title(), DELETING_A_PLAN,
				"/plans/" + id + "/delete", "/plans/" + id, refusal,
				plan.archived() == null ? "/plans/" + id + "/archive" : null));
		return "shared/delete";
	}

	// Inspections

	@GetMapping("/inspections/{id}/archive")
	String confirmArchiveInspection(@PathVariable long id, Model model) {
		InspectionView inspection = this.inspections.inspection(id);
		model.addAttribute("confirmation", Confirmation.archive("inspection", inspection.title(),
				ARCHIVING_AN_INSPECTION, "/inspections/" + id + "/archive", "/inspections/" + id));
		return "shared/archive";
	}

	@PostMapping("/inspections/{id}/archive")
	String archiveInspection(@PathVariable long id, RedirectAttributes redirect) {
		long localAreaId = this.inspections.inspection(id).localAreaId();
		this.inspections.archiveInspection(id);
		redirect.addFlashAttribute("success", "Inspection archived: it is under archived inspections");
		return "redirect:/local-areas/" + localAreaId;
	}

	@PostMapping("/inspections/{id}/restore")
	String restoreInspection(@PathVariable long id, RedirectAttributes redirect) {
		this.inspections.restoreInspection(id);
		redirect.addFlashAttribute("success", "Inspection restored");
		return "redirect:/inspections/" + id;
	}

	@GetMapping("/inspections/{id}/delete")
	String confirmDeleteInspection(@PathVariable long id, Model model) {
		return deleteInspectionPage(this.inspections.inspection(id), this.inspections.whyInspectionIsKept(id), model);
	}

	@PostMapping("/inspections/{id}/delete")
	String deleteInspection(@PathVariable long id, Model model, RedirectAttributes redirect) {
		InspectionView inspection = this.inspections.inspection(id);
		try {
			this.inspections.deleteInspection(id);
		}
		catch (ConflictException refusal) {
			return deleteInspectionPage(inspection, Optional.of(refusal.getMessage()), model);
		}
		redirect.addFlashAttribute("success", "Inspection deleted");
		return "redirect:/local-areas/" + inspection.localAreaId();
	}

	private String deleteInspectionPage(InspectionView inspection, Optional<String> refusal, Model model) {
		String path = "/inspections/" + inspection.id();
		model.addAttribute("confirmation", Confirmation.delete("inspection", inspection.title(),
				DELETING_AN_INSPECTION, path + "/delete", path, refusal,
				inspection.archived() == null ? path + "/archive" : null));
		return "shared/delete";
	}

}
