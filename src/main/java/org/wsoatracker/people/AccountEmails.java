package org.wsoatracker.people;

import java.time.Duration;

import org.wsoatracker.shared.mail.Email;

import org.springframework.web.util.HtmlUtils;

/**
 * The emails that carry an invitation or a password reset link: plain text, and the same as HTML.
 */
final class AccountEmails {

	private final String baseUrl;

	AccountEmails(String baseUrl) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	Email invitation(String to, String name, String role, String token, Duration valid) {
		String link = this.baseUrl + "/invitations/" + token;
		String text = "Dear " + oneLine(name) + ",\n\nYou have been given an account on WSOA Tracker, where the local"
				+ " area tracks its written statement of action, as: " + role + ".\n\nSet your password here (the link"
				+ " works once, for " + hours(valid) + "):\n" + link + "\n\nIf you did not expect this email, you can"
				+ " ignore it.\n";
		return new Email(to, "Your WSOA Tracker account", text, html(text));
	}

	Email passwordReset(String to, String name, String token, Duration valid) {
		String link = this.baseUrl + "/password-reset/" + token;
		String text = "Dear " + oneLine(name) + ",\n\nSomeone asked to reset the password of your WSOA Tracker"
				+ " account.\n\nChoose a new password here (the link works once, for " + hours(valid) + "):\n" + link
				+ "\n\nIf it was not you, ignore this email: your password has not changed.\n";
		return new Email(to, "Reset your WSOA Tracker password", text, html(text));
	}

	private static String html(String text) {
		StringBuilder html = new StringBuilder();
		for (String paragraph : text.strip().split("\n\n")) {
			html.append("<p>").append(HtmlUtils.htmlEscape(paragraph).replace("\n", "<br>")).append("</p>");
		}
		return html.toString();
	}

	private static String oneLine(String text) {
		return text.replaceAll("\\p{Cntrl}", " ");
	}

	private static String hours(Duration valid) {
		long hours = valid.toHours();
		if (hours >= 1) {
			return hours == 1 ? "1 hour" : hours + " hours";
		}
		long minutes = valid.toMinutes();
		return minutes == 1 ? "1 minute" : minutes + " minutes";
	}

}
