package org.wsoatracker.progress.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.wsoatracker.people.Role;
import org.wsoatracker.plan.ActionInPlan;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.MeasureView;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.plan.Rag;
import org.wsoatracker.plan.ScaleView;
import org.wsoatracker.progress.Actor;
import org.wsoatracker.progress.EvidenceFiles;
import org.wsoatracker.progress.EvidenceUploads;
import org.wsoatracker.progress.EvidenceView;
import org.wsoatracker.progress.NewEvidence;
import org.wsoatracker.progress.PeriodView;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.progress.UpdateChangedException;
import org.wsoatracker.progress.UpdateCommand;
import org.wsoatracker.progress.UpdateView;
import org.wsoatracker.security.SignedInUser;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.shared.security.SecurityEventKind;
import org.wsoatracker.shared.security.SecurityLog;
import org.wsoatracker.shared.web.Option;
import org.wsoatracker.shared.web.SummaryRow;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A lead's monthly update of an action, its evidence, and the action's update history.
 */
@Controller
class ProgressUpdateController {

	private final ProgressService progress;

	private final PlanService plans;

	private final EvidenceUploads evidenceUploads;

	private final SecurityLog securityLog;

	ProgressUpdateController(ProgressService progress, PlanService plans, EvidenceUploads evidenceUploads,
			SecurityLog securityLog) {
		this.progress = progress;
		this.plans = plans;
		this.evidenceUploads = evidenceUploads;
		this.securityLog = securityLog;
	}

	@GetMapping("/actions/{actionId}/updates")
	String history(@PathVariable long actionId, @AuthenticationPrincipal SignedInUser user, Model model) {
		ActionView action = this.plans.action(actionId);
		model.addAttribute("action", action);
		model.addAttribute("plan", this.plans.plan(action.planId()));
		model.addAttribute("updates", this.progress.history(actionId));
		model.addAttribute("carriedFrom", carriedFrom(action));
		model.addAttribute("current", this.progress.currentPeriod(action.planId()).orElse(null));
		model.addAttribute("mayUpdate", this.progress.mayUpdate(Actors.of(user), actionId));
		return "progress/history";
	}

	/**
	 * The actions of earlier plans this one carries on, nearest first, each with its plan and its updates: its
	 * history stays readable here.
	 */
	private List<CarriedFrom> carriedFrom(ActionView action) {
		List<CarriedFrom> earlier = new ArrayList<>();
		java.util.Set<Long> seen = new java.util.HashSet<>(java.util.Set.of(action.id()));
		Long previous = action.carriedFromId();
		while (previous != null && seen.add(previous)) {
			ActionView before = this.plans.action(previous);
			earlier.add(new CarriedFrom(before, this.plans.plan(before.planId()), this.progress.history(previous)));
			previous = before.carriedFromId();
		}
		return earlier;
	}

	/**
	 * An action an action carries on, with its plan and its updates.
	 */
	record CarriedFrom(ActionView action, PlanView plan, List<UpdateView> updates) {
	}

	@GetMapping("/actions/{actionId}/updates/new")
	String form(@PathVariable long actionId, @AuthenticationPrincipal SignedInUser user, Model model) {
		requireMayUpdate(user, actionId);
		Optional<UpdateView> current = this.progress.currentUpdate(actionId);
		UpdateForm form = current.map(UpdateForm::of).orElseGet(UpdateForm::blank);
		ActionInPlan inPlan = this.plans.actionInPlan(actionId);
		form.setPeriod(this.progress.currentPeriod(inPlan.planId()).map(PeriodView::id).orElse(null));
		return page(model, form, inPlan, current.orElse(null));
	}

	/**
	 * Saves or submits the update. The form says which version of the update the person saw (or that there was none);
	 * a save against anything newer is refused with a 409 page that shows what is saved now beside what they typed.
	 */
	@PostMapping("/actions/{actionId}/updates")
	String save(@PathVariable long actionId, @ModelAttribute("form") UpdateForm form, BindingResult result,
			@RequestParam(name = "intent", defaultValue = "draft") String intent,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) throws IOException {
		Actor actor = requireMayUpdate(user, actionId);
		// The action and what it needs of its plan, not the whole plan: a save costs the same in a plan of any size.
		ActionInPlan inPlan = this.plans.actionInPlan(actionId);
		Optional<UpdateCommand> command = form.validate(result, inPlan.scale(), inPlan.action().measures());
		EvidenceFiles.Checked checkedFile = null;
		if (form.hasFile()) {
			try {
				checkedFile = this.evidenceUploads.check(actionId, form.getFile().getOriginalFilename(),
						form.getFile().getBytes());
			}
			catch (IllegalArgumentException ex) {
				result.rejectValue("file", "file", ex.getMessage());
			}
			if (form.getFileTitle().isBlank()) {
				result.rejectValue("fileTitle", "required", "Enter a title for the file");
			}
		}
		if (result.hasErrors() || command.isEmpty()) {
			return page(model, form, inPlan, this.progress.currentUpdate(actionId).orElse(null));
		}
		Long currentPeriod = this.progress.currentPeriod(inPlan.planId()).map(PeriodView::id).orElse(null);
		if (!form.saysWhatWasSeen() || !form.isForPeriod(currentPeriod)) {
			return conflict(model, form, result, inPlan, response);
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
			this.progress.write(actionId, command.get(), evidence, actor, form.seenVersion(), submit);
		}
		catch (UpdateChangedException ex) {
			return conflict(model, form, result, inPlan, response);
		}
		catch (ConflictException ex) {
			result.reject("conflict", ex.getMessage());
			return page(model, form, inPlan, this.progress.currentUpdate(actionId).orElse(null));
		}
		redirect.addFlashAttribute("success", submit ? "Update submitted to the board" : "Draft saved");
		return submit ? "redirect:/actions/" + actionId + "/updates" : "redirect:/actions/" + actionId + "/updates/new";
	}

	/**
	 * The answer to a save made on a page that is out of date: nothing was saved; the page shows what is saved now
	 * and who saved it, and keeps what the person typed — in the form, now standing for the update as it is, when the
	 * update can still change, or beside it to copy when it cannot.
	 */
	private String conflict(Model model, UpdateForm form, BindingResult result, ActionInPlan inPlan,
			HttpServletResponse response) {
		ActionView action = inPlan.action();
		ScaleView scale = inPlan.scale();
		UpdateView latest = this.progress.currentUpdate(action.id()).orElse(null);
		Optional<PeriodView> period = this.progress.currentPeriod(inPlan.planId());
		boolean formShown = period.isPresent() && (latest == null || latest.editable());
		String message;
		if (period.isPresent() && !form.isForPeriod(period.get().id())) {
			message = "Your changes were not saved because the reporting period changed after you opened the page: updates are now for "
					+ period.get().label() + ". Check your update and save it again";
		}
		else if (latest == null) {
			message = "Your changes were not saved because the page you used was out of date. Check your update and save it again";
		}
		else {
			message = "Your changes were not saved because this update changed after you opened the page: "
					+ lowerFirst(latest.lastChange());
		}
		String fileName = form.hasFile() ? form.getFile().getOriginalFilename() : null;
		if (fileName != null && formShown) {
			result.rejectValue("file", "notSaved", "Choose the file again: " + fileName + " was not saved");
		}
		model.addAttribute("conflict", new UpdateConflict(message, latest == null ? List.of() : savedRows(latest, action, scale),
				typedRows(form, action, scale, fileName), fileName));
		model.addAttribute("pageHasErrors", true);
		form.seen(latest, period.map(PeriodView::id).orElse(null));
		response.setStatus(HttpStatus.CONFLICT.value());
		return page(model, form, inPlan, latest);
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
	ResponseEntity<byte[]> download(@PathVariable long evidenceId, @AuthenticationPrincipal SignedInUser user) {
		EvidenceFiles.Stored file = this.progress.evidenceFile(evidenceId, Actors.of(user), user.getRole() == Role.BOARD);
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

	/**
	 * A save refused because the update changed: the message for the error summary, the update as saved now and what
	 * the person typed (as summary rows), and the name of the file they chose, which was not kept.
	 */
	public record UpdateConflict(String message, List<SummaryRow> saved, List<SummaryRow> typed, String fileNotSaved) {
	}

	/**
	 * Delivery confidence, each colour with what it means, so that no one has to know what a colour stands for.
	 */
	static final List<Option> CONFIDENCE = List.of(new Option("", "Not rated", "You do not want to judge it yet"),
			new Option(Rag.GREEN.name(), Rag.GREEN.label() + ": very likely",
					"Very likely to deliver its outcome on time; no problem stands in the way"),
			new Option(Rag.AMBER_GREEN.name(), Rag.AMBER_GREEN.label() + ": likely",
					"Likely to deliver on time, if some small problems are dealt with"),
			new Option(Rag.AMBER.name(), Rag.AMBER.label() + ": possible",
					"Could deliver on time, but there are problems that need managing"),
			new Option(Rag.AMBER_RED.name(), Rag.AMBER_RED.label() + ": in doubt",
					"Delivery on time is in doubt: big problems need action now"),
			new Option(Rag.RED.name(), Rag.RED.label() + ": unlikely",
					"Unlikely to deliver on time without a change of plan or more resources"));

		private static List<SummaryRow> savedRows(UpdateView update, ActionView action, ScaleView scale) {
		List<SummaryRow> rows = new ArrayList<>();
		rows.add(new SummaryRow("Progress status", statusLabel(scale, update.statusCode())));
		rows.add(new SummaryRow("Delivery confidence", update.confidence() == null ? "Not rated" : update.confidence().label()));
		rows.add(new SummaryRow("What was done", update.done()));
		rows.add(new SummaryRow("What happens next", update.nextSteps()));
		numericMeasures(action).forEach(measure -> rows.add(new SummaryRow(measure.text(),
				update.actuals().containsKey(measure.id())
						? update.actuals().get(measure.id()).stripTrailingZeros().toPlainString()
								+ (measure.unit() == null ? "" : measure.unit())
						: "Not given")));
		rows.add(new SummaryRow("Evidence", update.evidence().isEmpty() ? "None"
				: String.join("\n", update.evidence().stream().map(EvidenceView::title).toList())));
		rows.add(new SummaryRow("State", update.state().label()));
		rows.add(new SummaryRow("Last change", update.lastChange()));
		return rows;
	}

	private static List<SummaryRow> typedRows(UpdateForm form, ActionView action, ScaleView scale,
			String fileName) {
		List<SummaryRow> rows = new ArrayList<>();
		rows.add(new SummaryRow("Progress status", statusLabel(scale, form.getStatus())));
		rows.add(new SummaryRow("Delivery confidence", confidenceLabel(form.getConfidence())));
		rows.add(new SummaryRow("What was done", form.getDone()));
		rows.add(new SummaryRow("What happens next", form.getNextSteps()));
		numericMeasures(action).forEach(measure -> {
			String typed = form.getActuals().getOrDefault(String.valueOf(measure.id()), "");
			rows.add(new SummaryRow(measure.text(), typed.isBlank() ? "Not given" : typed));
		});
		if (!form.getLinkUrl().isBlank()) {
			rows.add(new SummaryRow("Link", form.getLinkTitle() + " (" + form.getLinkUrl() + ")"));
		}
		if (fileName != null) {
			rows.add(new SummaryRow("File", fileName + " (not kept: choose it again)"));
		}
		return rows;
	}

	private static List<MeasureView> numericMeasures(ActionView action) {
		return action.measures().stream().filter(MeasureView::numeric).toList();
	}

	private static String statusLabel(ScaleView scale, String code) {
		return scale.steps()
			.stream()
			.filter(step -> step.code().equals(code))
			.map(step -> step.label())
			.findFirst()
			.orElse("Not selected");
	}

	private static String confidenceLabel(String code) {
		for (Rag rag : Rag.values()) {
			if (rag.name().equals(code)) {
				return rag.label();
			}
		}
		return "Not rated";
	}

	private static String lowerFirst(String text) {
		return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

	private Actor requireMayUpdate(SignedInUser user, long actionId) {
		Actor actor = Actors.of(user);
		if (!this.progress.mayUpdate(actor, actionId)) {
			throw new AccessDeniedException("Only the action's leads may update it");
		}
		return actor;
	}

	private String page(Model model, UpdateForm form, ActionInPlan inPlan, UpdateView current) {
		ActionView action = inPlan.action();
		PeriodView period = this.progress.currentPeriod(inPlan.planId()).orElse(null);
		model.addAttribute("form", form);
		model.addAttribute("action", action);
		model.addAttribute("plan", inPlan.plan());
		model.addAttribute("period", period);
		model.addAttribute("current", current);
		model.addAttribute("statusOptions",
				inPlan.scale().steps().stream().map(step -> new Option(step.code(), step.label(),
						"Shown as " + step.rag().label() + (step.complete() ? ". Needs evidence." : ""))).toList());
		model.addAttribute("confidenceOptions", CONFIDENCE);
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
