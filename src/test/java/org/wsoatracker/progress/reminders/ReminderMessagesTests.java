package org.wsoatracker.progress.reminders;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wsoatracker.shared.mail.Email;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reminder says, in plain text and HTML, from the real template.
 */
class ReminderMessagesTests {

	private final ReminderMessages messages = new ReminderMessages(templateEngine(), "https://wsoa.example.org//", 3);

	@Test
	void oneActionIsNamedInTheSubjectAndLinkedToItsUpdateForm() {
		Email email = this.messages.write(List.of(due(7, "1.1", "Leaders have oversight", 31)),
				LocalDate.of(2040, 5, 27));

		assertThat(email.to()).isEqualTo("lead@example.org");
		assertThat(email.subject()).isEqualTo("Reminder: Progress update for action 1.1 due by 31 May 2040");
		assertThat(email.text()).isEqualTo("""
				Dear Maxine Squire,

				You lead an action that still needs a progress update. Write the update and submit it to the \
				Improvement Board: a saved draft does not count.

				York Written Statement of Action
				May 2040 reporting period: updates are due by 31 May 2040

				- Action 1.1: Leaders have oversight
				  Write the update: https://wsoa.example.org/actions/7/updates/new

				You will be reminded every 3 days until the update is submitted or the reporting period is closed.

				WSOA Tracker, for the written statement of action (WSOA) after the SEND inspection
				""");
		assertThat(email.html()).contains("<a href=\"https://wsoa.example.org/actions/7/updates/new\"",
				"Write the update for action 1.1");
	}

	@Test
	void textFromThePlanIsEscapedInHtmlAndKeptOnOneLineInTheSubject() {
		Email email = this.messages.write(
				List.of(due(7, "1.1\r\nBcc: someone@example.net", "<script>alert('x')</script> & more", 31),
						due(8, "1.2", "Second\noutcome", 31)),
				LocalDate.of(2040, 6, 3));

		assertThat(email.subject()).isEqualTo("Reminder: 2 progress updates due by 31 May 2040").doesNotContain("\n");
		assertThat(email.html()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more")
			.doesNotContain("<script>");
		assertThat(email.text()).contains("- Action 1.1 Bcc: someone@example.net: <script>alert('x')</script> & more",
				"- Action 1.2: Second outcome", "updates were due by 31 May 2040 and are overdue");

		Email single = this.messages.write(List.of(due(7, "1.1\r\nBcc: someone@example.net", "x", 31)),
				LocalDate.of(2040, 6, 3));
		assertThat(single.subject()).doesNotContain("\r").doesNotContain("\n");
	}

	private static DueUpdate due(long actionId, String number, String outcome, int dueDay) {
		return new DueUpdate(11, "Maxine Squire", "lead@example.org", 21, YearMonth.of(2040, 5),
				LocalDate.of(2040, 5, dueDay), 31, "York Written Statement of Action", actionId, number, outcome);
	}

	private static SpringTemplateEngine templateEngine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

}
