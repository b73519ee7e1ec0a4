package org.wsoatracker.governance.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.wsoatracker.governance.ActionArisingDetails;
import org.wsoatracker.governance.ActionArisingView;
import org.wsoatracker.governance.BoardMeetingDetails;
import org.wsoatracker.governance.BoardMeetingService;
import org.wsoatracker.governance.BoardMeetingView;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.shared.web.Option;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Improvement Board's meetings on a plan and their actions arising: the board reads them, the programme office
 * records them.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'BOARD')")
class BoardMeetingController {

	private final BoardMeetingService meetings;

	private final PlanService plans;

	BoardMeetingController(BoardMeetingService meetings, PlanService plans) {
		this.meetings = meetings;
		this.plans = plans;
	}

	@GetMapping("/plans/{planId}/board-meetings")
	String list(@PathVariable long planId, Model model) {
		model.addAttribute("plan", this.plans.plan(planId));
		model.addAttribute("meetings", this.meetings.meetings(planId));
		model.addAttribute("today", this.meetings.today());
		return "governance/board-meetings";
	}

	@GetMapping("/plans/{planId}/board-meetings/{meetingId}")
	String meeting(@PathVariable long planId, @PathVariable long meetingId, Model model) {
		model.addAttribute("plan", this.plans.plan(planId));
		model.addAttribute("meeting", this.meetings.meeting(planId, meetingId));
		model.addAttribute("today", this.meetings.today());
		return "governance/board-meeting";
	}

	@GetMapping("/plans/{planId}/board-meetings/new")
	@PreAuthorize("hasRole('ADMIN')")
	String newMeeting(@PathVariable long planId, Model model) {
		return form(model, new BoardMeetingForm(), planId, null);
	}

	@PostMapping("/plans/{planId}/board-meetings")
	@PreAuthorize("hasRole('ADMIN')")
	String add(@PathVariable long planId, @ModelAttribute("form") BoardMeetingForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		BoardMeetingDetails details = form.validate(result, peopleIds(planId), periodIds(planId));
		if (details == null) {
			return form(model, form, planId, null);
		}
		try {
			BoardMeetingView meeting = this.meetings.addMeeting(planId, details);
			redirect.addFlashAttribute("success", "Board meeting recorded");
			return "redirect:/plans/" + planId + "/board-meetings/" + meeting.id();
		}
		catch (ConflictException ex) {
			RiskController.refuse(result, ex);
			return form(model, form, planId, null);
		}
	}

	@GetMapping("/plans/{planId}/board-meetings/{meetingId}/edit")
	@PreAuthorize("hasRole('ADMIN')")
	String edit(@PathVariable long planId, @PathVariable long meetingId, Model model) {
		BoardMeetingView meeting = this.meetings.meeting(planId, meetingId);
		return form(model, BoardMeetingForm.of(meeting), planId, meeting);
	}

	@PostMapping("/plans/{planId}/board-meetings/{meetingId}")
	@PreAuthorize("hasRole('ADMIN')")
	String update(@PathVariable long planId, @PathVariable long meetingId,
			@ModelAttribute("form") BoardMeetingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		BoardMeetingView meeting = this.meetings.meeting(planId, meetingId);
		BoardMeetingDetails details = form.validate(result, peopleIds(planId), periodIds(planId));
		if (details == null) {
			return form(model, form, planId, meeting);
		}
		try {
			this.meetings.updateMeeting(planId, meetingId, form.getVersion(), details);
		}
		catch (ConflictException ex) {
			RiskController.refuse(result, ex);
			form.setVersion(meeting.version());
			return form(model, form, planId, meeting);
		}
		redirect.addFlashAttribute("success", "Board meeting saved");
		return "redirect:/plans/" + planId + "/board-meetings/" + meetingId;
	}

	@GetMapping("/plans/{planId}/board-meetings/{meetingId}/actions-arising/new")
	@PreAuthorize("hasRole('ADMIN')")
	String newAction(@PathVariable long planId, @PathVariable long meetingId, Model model) {
		return actionForm(model, new ActionArisingForm(), planId, this.meetings.meeting(planId, meetingId), null);
	}

	@PostMapping("/plans/{planId}/board-meetings/{meetingId}/actions-arising")
	@PreAuthorize("hasRole('ADMIN')")
	String addAction(@PathVariable long planId, @PathVariable long meetingId,
			@ModelAttribute("form") ActionArisingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		BoardMeetingView meeting = this.meetings.meeting(planId, meetingId);
		ActionArisingDetails details = form.validate(result, peopleIds(planId));
		if (details == null) {
			return actionForm(model, form, planId, meeting, null);
		}
		try {
			this.meetings.addAction(planId, meetingId, details);
		}
		catch (ConflictException ex) {
			RiskController.refuse(result, ex);
			return actionForm(model, form, planId, meeting, null);
		}
		redirect.addFlashAttribute("success", "Action arising added");
		return "redirect:/plans/" + planId + "/board-meetings/" + meetingId;
	}

	@GetMapping("/plans/{planId}/board-meetings/{meetingId}/actions-arising/{actionId}/edit")
	@PreAuthorize("hasRole('ADMIN')")
	String editAction(@PathVariable long planId, @PathVariable long meetingId, @PathVariable long actionId,
			Model model) {
		ActionArisingView action = this.meetings.actionArising(planId, meetingId, actionId);
		return actionForm(model, ActionArisingForm.of(action), planId, this.meetings.meeting(planId, meetingId),
				action);
	}

	@PostMapping("/plans/{planId}/board-meetings/{meetingId}/actions-arising/{actionId}")
	@PreAuthorize("hasRole('ADMIN')")
	String updateAction(@PathVariable long planId, @PathVariable long meetingId, @PathVariable long actionId,
			@ModelAttribute("form") ActionArisingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ActionArisingView action = this.meetings.actionArising(planId, meetingId, actionId);
		BoardMeetingView meeting = this.meetings.meeting(planId, meetingId);
		ActionArisingDetails details = form.validate(result, peopleIds(planId));
		if (details == null) {
			return actionForm(model, form, planId, meeting, action);
		}
		try {
			this.meetings.updateAction(planId, meetingId, actionId, form.getVersion(), details);
		}
		catch (ConflictException ex) {
			RiskController.refuse(result, ex);
			form.setVersion(action.version());
			return actionForm(model, form, planId, meeting, action);
		}
		redirect.addFlashAttribute("success", details.closed() ? "Action arising closed" : "Action arising saved");
		return "redirect:/plans/" + planId + "/board-meetings/" + meetingId;
	}

	private Set<String> peopleIds(long planId) {
		return this.meetings.possiblePeople(planId)
			.stream()
			.map(person -> String.valueOf(person.id()))
			.collect(Collectors.toSet());
	}

	private Set<String> periodIds(long planId) {
		return this.meetings.periods(planId)
			.stream()
			.map(period -> String.valueOf(period.id()))
			.collect(Collectors.toSet());
	}

	private String form(Model model, BoardMeetingForm form, long planId, BoardMeetingView meeting) {
		model.addAttribute("form", form);
		model.addAttribute("plan", this.plans.plan(planId));
		model.addAttribute("meeting", meeting);
		model.addAttribute("people", RiskController.people(this.meetings.possiblePeople(planId)));
		model.addAttribute("periods", this.meetings.periods(planId)
			.stream()
			.map(period -> new Option(String.valueOf(period.id()), period.label()))
			.toList());
		return "governance/board-meeting-form";
	}

	private String actionForm(Model model, ActionArisingForm form, long planId, BoardMeetingView meeting,
			ActionArisingView action) {
		model.addAttribute("form", form);
		model.addAttribute("plan", this.plans.plan(planId));
		model.addAttribute("meeting", meeting);
		model.addAttribute("action", action);
		model.addAttribute("owners", RiskController.people(this.meetings.possiblePeople(planId)));
		model.addAttribute("statuses", List.of(new Option("OPEN", "Open"),
				new Option("CLOSED", "Closed", "Say how it was closed below")));
		return "governance/action-arising-form";
	}

}
