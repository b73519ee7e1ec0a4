package org.wsoatracker.progress.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.MeasureView;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.plan.Rag;
import org.wsoatracker.progress.Actor;
import org.wsoatracker.progress.EvidenceFiles;
import org.wsoatracker.progress.NewEvidence;
import org.wsoatracker.progress.PeriodView;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.progress.UpdateCommand;
import org.wsoatracker.progress.UpdateView;
import org.wsoatracker.security.SignedInUser;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.shared.security.SecurityEventKind;
import org.wsoatracker.shared.security.SecurityLog;
import org.wsoatracker.shared.web.Option;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A lead's monthly update of an action, its evidence, and the action's update history.
 */
@Controller
class ProgressUpdateController {

	private final ProgressService progress;

	private final PlanService plans;

	private final SecurityLog securityLog;

	ProgressUpdateController(ProgressService progress, PlanService plans, SecurityLog securityLog) {
		this.progress = progress;
		this.plans = plans;
		this.securityLog = securityLog;
	}

	@GetMapping("/actions/{actionId}/updates")
	String history(@PathVariable long actionId, @AuthenticationPrincipal SignedInUser user, Model model) {
		ActionView action = this.plans.action(actionId);
		model.addAttribute("action", action);
		model.addAttribute("plan", this.plans.plan(action.planId()));
		model.addAttribute("updates", this.progress.history(actionId));
		model.addAttribute("current", this.progress.currentPeriod(action.planId()).orElse(null));
		model.addAttribute("mayUpdate", this.progress.mayUpdate(Actors.of(user), actionId));
		return "progress/history";
	}

	@GetMapping("/actions/{actionId}/updates/new")
	String form(@PathVariable long actionId, @AuthenticationPrincipal SignedInUser user, Model model) {
		requireMayUpdate(user, actionId);
		Optional<UpdateView> current = this.progress.currentUpdate(actionId);
		UpdateForm form = current.map(UpdateForm::of).orElseGet(UpdateForm::new);
		return page(model, form, actionId, current.orElse(null));
	}

	@PostMapping("/actions/{actionId}/updates")
	String save(@PathVariable long actionId, @ModelAttribute("form") UpdateForm form, BindingResult result,
			@RequestParam(name = "intent", defaultValue = "draft") String intent,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) throws IOException {
		Actor actor = requireMayUpdate(user, actionId);
		ActionView action = this.plans.action(actionId);
		PlanView plan = this.plans.plan(action.planId());
		UpdateView current = this.progress.currentUpdate(actionId).orElse(null);
		Optional<UpdateCommand> command = form.validate(result, plan.scale(), action.measures());
		EvidenceFiles.Checked checkedFile = null;
		if (file != null && !file.isEmpty()) {
			try {
				checkedFile = EvidenceFiles.check(file.getOriginalFilename(), file.getBytes());
			}
			catch (IllegalArgumentException ex) {
				result.rejectValue("fileTitle", "file", ex.getMessage());
			}
			if (form.getFileTitle().isBlank()) {
				result.rejectValue("fileTitle", "required", "Enter a title for the file");
			}
		}
		if (result.hasErrors() || command.isEmpty()) {
			return page(model, form, actionId, current);
		}
		boolean submit = "submit".equals(intent);
		List<NewEvidence> evidence = new ArrayList<>();
		if (!form.getLinkUrl().isBlank()) {
			evidence.add(NewEvidence.link(form.getLinkTitle().trim(), form.getLinkUrl().trim()));
		}
		if (checkedFile != null) {
			evidence.add(NewEvidence.file(form.getFileTitle().trim(), checkedFile));
		}
		try {
			this.progress.write(actionId, command.get(), evidence, actor, form.getVersion(), submit);
		}
		catch (ConflictException ex) {
			result.reject("conflict", ex.getMessage());
			UpdateView latest = this.progress.currentUpdate(actionId).orElse(null);
			if (latest != null) {
				form.setVersion(latest.version());
			}
			return page(model, form, actionId, latest);
		}
		redirect.addFlashAttribute("success", submit ? "Update submitted to the board" : "Draft saved");
		return submit ? "redirect:/actions/" + actionId + "/updates" : "redirect:/actions/" + actionId + "/updates/new";
	}

	@PostMapping("/actions/{actionId}/updates/{updateId}/evidence/{evidenceId}/delete")
	String removeEvidence(@PathVariable long actionId, @PathVariable long updateId, @PathVariable long evidenceId,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		Actor actor = requireMayUpdate(user, actionId);
		if (this.progress.update(updateId).actionId() != actionId) {
			throw new org.wsoatracker.shared.error.NotFoundException("Update");
		}
		this.progress.removeEvidence(updateId, evidenceId, actor);
		redirect.addFlashAttribute("success", "Evidence removed");
		return "redirect:/actions/" + actionId + "/updates/new";
	}

	@GetMapping("/evidence/{evidenceId}")
	ResponseEntity<byte[]> download(@PathVariable long evidenceId) {
		EvidenceFiles.Stored file = this.progress.evidenceFile(evidenceId);
		this.securityLog.record(SecurityEventKind.EVIDENCE_DOWNLOADED, "Evidence " + evidenceId + ": " + file.fileName());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	public record MeasureField(String field, String label, String hint) {
	}

	private Actor requireMayUpdate(SignedInUser user, long actionId) {
		Actor actor = Actors.of(user);
		if (!this.progress.mayUpdate(actor, actionId)) {
			throw new AccessDeniedException("Only the action's leads may update it");
		}
		return actor;
	}

	private String page(Model model, UpdateForm form, long actionId, UpdateView current) {
		ActionView action = this.plans.action(actionId);
		PlanView plan = this.plans.plan(action.planId());
		PeriodView period = this.progress.currentPeriod(plan.id()).orElse(null);
		model.addAttribute("form", form);
		model.addAttribute("action", action);
		model.addAttribute("plan", plan);
		model.addAttribute("period", period);
		model.addAttribute("current", current);
		model.addAttribute("statusOptions",
				plan.scale().steps().stream().map(step -> new Option(step.code(), step.label(),
						"Shown as " + step.rag().label() + (step.complete() ? ". Needs evidence." : ""))).toList());
		model.addAttribute("confidenceOptions", List.of(new Option("", "Not rated"),
				new Option(Rag.GREEN.name(), Rag.GREEN.label()), new Option(Rag.AMBER_GREEN.name(), Rag.AMBER_GREEN.label()),
				new Option(Rag.AMBER.name(), Rag.AMBER.label()), new Option(Rag.AMBER_RED.name(), Rag.AMBER_RED.label()),
				new Option(Rag.RED.name(), Rag.RED.label())));
		model.addAttribute("measureFields", action.measures()
			.stream()
			.filter(MeasureView::numeric)
			.map(m -> new MeasureField("actuals['" + m.id() + "']", m.text(),
					"Actual value now. Target: " + m.target().stripTrailingZeros().toPlainString()
							+ (m.unit() == null ? "" : m.unit())
							+ (m.targetMonth() == null ? "" : " by " + PeriodView.label(m.targetMonth()))))
			.toList());
		return "progress/update-form";
	}

}
