package org.wsoatracker.people.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import org.wsoatracker.people.AccountRow;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.people.AccountView;
import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.people.PersonView;
import org.wsoatracker.people.Role;
import org.wsoatracker.people.SecondFactorService;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.shared.security.AreaMember;
import org.wsoatracker.shared.web.Option;
import org.wsoatracker.shared.web.Refusals;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The programme office's accounts: who can sign in, with what role, as which person in the plans; invitations,
 * disabling, password reset links, and resetting the authenticator app of someone who has lost their phone.
 */
@Controller
@RequestMapping("/accounts")
@PreAuthorize("hasRole('ADMIN')")
class AccountController {

	static final List<Option> ROLES = Arrays.stream(Role.values())
		.map(role -> new Option(role.name(), role.label(), hint(role)))
		.toList();

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	private final AccountService accounts;

	private final PeopleService people;

	private final SecondFactorService secondFactors;

	AccountController(AccountService accounts, PeopleService people, SecondFactorService secondFactors) {
		this.accounts = accounts;
		this.people = people;
		this.secondFactors = secondFactors;
	}

	@GetMapping
	String list(@AuthenticationPrincipal AreaMember user, Model model) {
		model.addAttribute("accounts",
				this.accounts.accounts(user.scope()).stream().map(AccountController::item).toList());
		return "people/accounts";
	}

	@GetMapping("/invite")
	String inviteForm(@ModelAttribute("form") InviteForm form, @AuthenticationPrincipal AreaMember user,
			Model model) {
		List<LocalAreaView> areas = this.people.localAreas(user.scope());
		if (areas.size() == 1) {
			form.getLocalAreas().add(areas.get(0).id());
		}
		return invitePage(user, model);
	}

	@PostMapping("/invite")
	String invite(@Valid @ModelAttribute("form") InviteForm form, BindingResult result,
			@AuthenticationPrincipal AreaMember user, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return invitePage(user, model);
		}
		try {
			AccountView invited = this.accounts.invite(form.toCommand(), user.scope());
			redirect.addFlashAttribute("success", "Invitation sent to " + invited.email());
			return "redirect:/accounts/" + invited.id();
		}
		catch (ConflictException refusal) {
			Refusals.reject(result, refusal);
			return invitePage(user, model);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		AccountRow row = this.accounts.account(id);
		model.addAttribute("item", item(row));
		model.addAttribute("version", row.account().version());
		model.addAttribute("secondFactor", this.secondFactors.status(id));
		return "people/account";
	}

	@GetMapping("/{id}/change")
	String changeForm(@PathVariable long id, @AuthenticationPrincipal AreaMember user, Model model) {
		AccountRow row = this.accounts.account(id);
		AccountView account = row.account();
		AccountChangeForm form = new AccountChangeForm();
		form.setRole(account.role());
		form.setLocalAreas(new LinkedHashSet<>(row.localAreaIds()));
		form.setPerson(this.accounts.linkedPerson(id).orElse(null));
		form.setVersion(account.version());
		model.addAttribute("form", form);
		return changePage(account, user, model);
	}

	@PostMapping("/{id}/change")
	String change(@PathVariable long id, @Valid @ModelAttribute("form") AccountChangeForm form, BindingResult result,
			@AuthenticationPrincipal AreaMember user, Model model, RedirectAttributes redirect) {
		AccountView account = this.accounts.account(id).account();
		if (result.hasErrors()) {
			return changePage(account, user, model);
		}
		try {
			this.accounts.change(id, form.getVersion(), form.getRole(), form.getLocalAreas(), form.getPerson(),
					user.getAccountId(), user.scope());
		}
		catch (ConflictException refusal) {
			Refusals.reject(result, refusal);
			return changePage(account, user, model);
		}
		redirect.addFlashAttribute("success", "Account changed");
		return "redirect:/accounts/" + id;
	}

	@PostMapping("/{id}/enabled")
	String enable(@PathVariable long id, @RequestParam boolean enabled, @RequestParam long version,
			@AuthenticationPrincipal AreaMember user, RedirectAttributes redirect) {
		return answer(id, redirect, enabled ? "Account enabled" : "Account disabled: its sessions have ended",
				() -> this.accounts.setEnabled(id, version, enabled, user.getAccountId()));
	}

	@PostMapping("/{id}/password-reset")
	String sendReset(@PathVariable long id, RedirectAttributes redirect) {
		return answer(id, redirect, "Password reset link sent", () -> this.accounts.sendPasswordReset(id));
	}

	@PostMapping("/{id}/authenticator-app/reset")
	String resetAuthenticatorApp(@PathVariable long id, @AuthenticationPrincipal AreaMember user,
			RedirectAttributes redirect) {
		return answer(id, redirect, "Authenticator app reset: its sessions have ended",
				() -> this.secondFactors.reset(id, user.getAccountId()));
	}

	@PostMapping("/{id}/invitation")
	String resendInvitation(@PathVariable long id, RedirectAttributes redirect) {
		return answer(id, redirect, "Invitation sent again", () -> this.accounts.resendInvitation(id));
	}

	private static String answer(long id, RedirectAttributes redirect, String success, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("success", success);
		}
		catch (ConflictException refusal) {
			redirect.addFlashAttribute("refusal", refusal.getMessage());
		}
		return "redirect:/accounts/" + id;
	}

	private String invitePage(AreaMember user, Model model) {
		model.addAttribute("roles", ROLES);
		addAreaOptions(user, model);
		return "people/account-invite";
	}

	private String changePage(AccountView account, AreaMember user, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("roles", ROLES);
		addAreaOptions(user, model);
		return "people/account-change";
	}

	/**
	 * The administrator's local areas, and everyone in their people tables, to link an account to.
	 */
	private void addAreaOptions(AreaMember user, Model model) {
		List<LocalAreaView> areas = this.people.localAreas(user.scope());
		model.addAttribute("localAreaOptions",
				areas.stream().map(area -> new Option(String.valueOf(area.id()), area.name())).toList());
		List<Option> options = new ArrayList<>();
		for (LocalAreaView area : areas) {
			for (PersonView person : this.people.people(area.id())) {
				options.add(new Option(String.valueOf(person.id()),
						person.name() + " (" + person.organisationCode() + "), " + area.name()));
			}
		}
		model.addAttribute("people", options);
	}

	static AccountItem item(AccountRow row) {
		AccountView account = row.account();
		return new AccountItem(account.id(), account.displayName(), account.email(), account.role().label(),
				row.localAreas().isEmpty() ? "None" : String.join("; ", row.localAreas()),
				row.people().isEmpty() ? "Not linked" : String.join("; ", row.people()),
				row.lastSignedInAt() == null ? "Never" : WHEN.format(row.lastSignedInAt()).replace("AM", "am")
					.replace("PM", "pm"),
				account.status(), switch (account.status()) {
					case "Disabled" -> "grey";
					case "Invited" -> "blue";
					default -> "green";
				}, account.enabled(), account.active());
	}

	private static String hint(Role role) {
		return switch (role) {
			case ADMIN -> "Programme office: sets up plans, people, accounts and reporting periods";
			case BOARD -> "Improvement Board: reviews the dashboards and decides on each month's updates";
			case LEAD -> "Updates the actions they lead";
			case SCRUTINY -> "Reads published reports only";
		};
	}

	/**
	 * An account as its pages show it.
	 */
	record AccountItem(long id, String name, String email, String role, String localAreas, String people,
			String lastSignedIn,
			String status, String statusColour, boolean enabled, boolean active) {
	}

}
