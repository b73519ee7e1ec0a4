package org.wsoatracker.governance.web;

import org.wsoatracker.governance.CalendarService;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.shared.security.AreaMember;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A plan's deadlines calendar as a page, and each board member's or administrator's own secret address for it as a
 * calendar feed: made (shown once), made again or revoked from the page.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'BOARD')")
class CalendarController {

	private final CalendarService calendar;

	private final PlanService plans;

	CalendarController(CalendarService calendar, PlanService plans) {
		this.calendar = calendar;
		this.plans = plans;
	}

	@GetMapping("/plans/{planId}/calendar")
	String page(@PathVariable long planId, @AuthenticationPrincipal AreaMember user, Model model) {
		model.addAttribute("plan", this.plans.plan(planId));
		model.addAttribute("entries", this.calendar.entries(planId));
		model.addAttribute("hasAddress", this.calendar.hasAddress(user.getAccountId()));
		return "governance/calendar";
	}

	@PostMapping("/plans/{planId}/calendar/address")
	String newAddress(@PathVariable long planId, @AuthenticationPrincipal AreaMember user,
			RedirectAttributes redirect) {
		String token = this.calendar.newAddress(user.getAccountId());
		redirect.addFlashAttribute("address",
				ServletUriComponentsBuilder.fromCurrentContextPath().path("/calendar/" + token).toUriString());
		return "redirect:/plans/" + planId + "/calendar#subscribe";
	}

	@PostMapping("/plans/{planId}/calendar/address/revoke")
	String revoke(@PathVariable long planId, @AuthenticationPrincipal AreaMember user, RedirectAttributes redirect) {
		this.calendar.revoke(user.getAccountId());
		redirect.addFlashAttribute("success", "Calendar address revoked: it no longer answers");
		return "redirect:/plans/" + planId + "/calendar";
	}

}
