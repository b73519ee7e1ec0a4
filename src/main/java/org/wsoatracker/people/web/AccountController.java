package org.wsoatracker.people.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.wsoatracker.shared.audit.AuditedPrincipal;
import org.wsoatracker.shared.error.ConflictException;
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
	String list(Model model) {
		model.addAttribute("accounts", this.accounts.accounts().stream().map(AccountController::item).toList());
		return "people/accounts";
	}

	@GetMapping("/invite")
	String inviteForm(@ModelAttribute("form") InviteForm form, Model model) {
		return invitePage(model);
	}

	@PostMapping("/invite")
	String invite(@Valid @ModelAttribute("form") InviteForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return invitePage(model);
		}
		try {
			AccountView invited = this.accounts.invite(form.toCommand());
			redirect.addFlashAttribute("success", "Invitation sent to " + invited.email());
			return "redirect:/accounts/" + invited.id();
		}
		catch (ConflictException refusal) {
			Refusals.reject(result, refusal);
			return invitePage(model);
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
	String changeForm(@PathVariable long id, Model model) {
		AccountView account = this.accounts.account(id).account();
		AccountChangeForm form = new AccountChangeForm();
		form.setRole(account.role());
		form.setPerson(this.accounts.linkedPerson(id).orElse(null));
		form.setVersion(account.version());
		model.addAttribute("form", form);
		return changePage(account, model);
	}

	@PostMapping("/{id}/change")
	String change(@PathVariable long id, @Valid @ModelAttribute("form") AccountChangeForm form, BindingResult result,
			@AuthenticationPrincipal AuditedPrincipal user, Model model, RedirectAttributes redirect) {
		AccountView account = this.accounts.account(id).account();
		if (result.hasErrors()) {
			return changePage(account, model);
		}
		try {
			this.accounts.change(id, form.getVersion(), form.getRole(), form.getPerson(), user.getAccountId());
		}
		catch (ConflictException refusal) {
			Refusals.reject(result, refusal);
			return changePage(account, model);
		}
		redirect.addFlashAttribute("success", "Account changed");
		return "redirect:/accounts/" + id;
	}

	@PostMapping("/{id}/enabled")
	String enable(@PathVariable long id, @RequestParam boolean enabled, @RequestParam long version,
			@AuthenticationPrincipal AuditedPrincipal user, RedirectAttributes redirect) {
		return answer(id, redirect, enabled ? "Account enabled" : "Account disabled: its sessions have ended",
				() -> this.accounts.setEnabled(id, version, enabled, user.getAccountId()));
	}

	@PostMapping("/{id}/password-reset")
	String sendReset(@PathVariable long id, RedirectAttributes redirect) {
		return answer(id, redirect, "Password reset link sent", () -> this.accounts.sendPasswordReset(id));
	}

	@PostMapping("/{id}/authenticator-app/reset")
	String resetAuthenticatorApp(@PathVariable long id, @AuthenticationPrincipal AuditedPrincipal user,
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

	private String invitePage(Model model) {
		model.addAttribute("roles", ROLES);
		model.addAttribute("people", personOptions());
		return "people/account-invite";
	}

	private String changePage(AccountView account, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("roles", ROLES);
		model.addAttribute("people", personOptions());
		return "people/account-change";
	}

	/**
	 * Everyone in the people tables of every local area, to link an account to.
	 */
	private List<Option> personOptions() {
		List<Option> options = new ArrayList<>();
		for (LocalAreaView area : this.people.localAreas()) {
			for (PersonView person : this.people.people(area.id())) {
				options.add(new Option(String.valueOf(person.id()),
						person.name() + " (" + person.organisationCode() + "), " + area.name()));
			}
		}
		return options;
	}

	static AccountItem item(AccountRow row) {
		AccountView account = row.account();
		return new AccountItem(account.id(), account.displayName(), account.email(), account.role().label(),
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
	record AccountItem(long id, String name, String email, String role, String people, String lastSignedIn,
			String status, String statusColour, boolean enabled, boolean active) {
	}

}
