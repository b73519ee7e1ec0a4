package org.wsoatracker.plan.web;

import java.util.List;
import java.util.Locale;

import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.plan.spreadsheet.PlanRevisions;
import org.wsoatracker.plan.spreadsheet.PlanSpreadsheets;
import org.wsoatracker.plan.spreadsheet.RevisionPreview;
import org.wsoatracker.plan.spreadsheet.RevisionResult;
import org.wsoatracker.shared.security.AreaMember;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing an existing plan from a spreadsheet (administrators): upload the plan table, see what it would add, change
 * and remove, then apply it all at once, or nothing.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class PlanRevisionController {

	private final PlanRevisions revisions;

	private final PlanService plans;

	private final PlanSpreadsheets spreadsheets;

	PlanRevisionController(PlanRevisions revisions, PlanService plans, PlanSpreadsheets spreadsheets) {
		this.revisions = revisions;
		this.plans = plans;
		this.spreadsheets = spreadsheets;
	}

	/**
	 * The template with the plan's local area's people and organisations to choose from.
	 */
	@GetMapping("/plans/{planId}/import/template.{extension:xlsx|csv}")
	ResponseEntity<byte[]> template(@PathVariable long planId, @PathVariable String extension) {
		return PlanSpreadsheetController
			.download(this.spreadsheets.template(planId, PlanSpreadsheetController.format(extension)));
	}

	@GetMapping("/plans/{planId}/import")
	String uploadForm(@PathVariable long planId, @ModelAttribute("form") PlanRevisionForm form, Model model) {
		return uploadPage(planId, model);
	}

	@PostMapping("/plans/{planId}/import")
	String upload(@PathVariable long planId, @ModelAttribute("form") PlanRevisionForm form, BindingResult result,
			@AuthenticationPrincipal AreaMember user, Model model) {
		MultipartFile file = form.getFile();
		UploadedPlanFile.check(file, result);
		if (result.hasErrors()) {
			return uploadPage(planId, model);
		}
		RevisionResult uploaded = this.revisions.upload(planId, user.getAccountId(), filename(file), UploadedPlanFile.bytes(file));
		if (uploaded instanceof RevisionResult.Previewed) {
			return "redirect:/plans/" + planId + "/import/preview";
		}
		if (uploaded instanceof RevisionResult.Unreadable unreadable) {
			result.rejectValue("file", "unreadable", unreadable.message());
			return uploadPage(planId, model);
		}
		RevisionResult.Refused refused = (RevisionResult.Refused) uploaded;
		UploadedPlanFile.refuse(refused.problems(), refused.count(), result, model);
		uploadPage(planId, model);
		return "plan/revision-problems";
	}

	@GetMapping("/plans/{planId}/import/preview")
	String preview(@PathVariable long planId, @AuthenticationPrincipal AreaMember user,
			@ModelAttribute("applyForm") PlanRevisionApplyForm applyForm, BindingResult result, Model model) {
		return previewPage(planId, this.revisions.preview(planId, user.getAccountId()), applyForm, result, model);
	}

	@PostMapping("/plans/{planId}/import/apply")
	String apply(@PathVariable long planId, @ModelAttribute("applyForm") PlanRevisionApplyForm applyForm,
			BindingResult result, @AuthenticationPrincipal AreaMember user, Model model,
			RedirectAttributes redirect) {
		RevisionResult applied = this.revisions.apply(planId, user.getAccountId(), applyForm.getFingerprint());
		if (applied instanceof RevisionResult.Applied done) {
			RevisionPreview preview = done.preview();
			redirect.addFlashAttribute("success",
					String.format(Locale.UK, "Plan changed from the spreadsheet: %d added, %d changed, %d removed",
							preview.count(org.wsoatracker.plan.spreadsheet.PlanChange.Kind.ADDED),
							preview.count(org.wsoatracker.plan.spreadsheet.PlanChange.Kind.CHANGED),
							preview.count(org.wsoatracker.plan.spreadsheet.PlanChange.Kind.REMOVED)));
			return "redirect:/plans/" + planId;
		}
		if (applied instanceof RevisionResult.Stale stale) {
			result.reject("stale", stale.message());
			return previewPage(planId, this.revisions.preview(planId, user.getAccountId()), applyForm, result, model);
		}
		return previewPage(planId, applied, applyForm, result, model);
	}

	private String previewPage(long planId, RevisionResult outcome, PlanRevisionApplyForm applyForm,
			BindingResult result, Model model) {
		model.addAttribute("plan", this.plans.plan(planId));
		if (outcome instanceof RevisionResult.Previewed previewed) {
			RevisionPreview preview = previewed.preview();
			applyForm.setFingerprint(preview.fingerprint());
			model.addAttribute("preview", preview);
			model.addAttribute("refusalRows", preview.refusals()
				.stream()
				.map(p -> List.of(p.row() == null ? "" : String.valueOf(p.row()), p.column() == null ? "" : p.column(),
						p.message()))
				.toList());
			return "plan/revision-preview";
		}
		String message = outcome instanceof RevisionResult.Stale stale ? stale.message()
				: outcome instanceof RevisionResult.Unreadable unreadable ? unreadable.message()
						: "The uploaded file no longer fits the plan: choose the file again";
		PlanRevisionForm form = new PlanRevisionForm();
		model.addAttribute("form", form);
		model.addAttribute("notice", message);
		return uploadPage(planId, model);
	}

	private String uploadPage(long planId, Model model) {
		PlanView plan = this.plans.plan(planId);
		model.addAttribute("plan", plan);
		model.addAttribute("maxRows", PlanSpreadsheets.MAX_ROWS);
		return "plan/revision-upload";
	}

	private static String filename(MultipartFile file) {
		String name = file.getOriginalFilename().replaceAll("[\\p{Cntrl}]", "").strip();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		if (name.isEmpty()) {
			return "plan";
		}
		return name.length() > 255 ? name.substring(0, 255) : name;
	}

}
