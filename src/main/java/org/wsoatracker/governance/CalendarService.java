package org.wsoatracker.governance;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Uid;
import org.wsoatracker.people.AccountRow;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.people.Role;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanSummary;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.shared.security.AreaScope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's deadlines calendar — its submission deadline, DfE and NHS England reviews, revisits and monitoring
 * inspections, board meetings, every action's end and every open risk's review date — as a list and as an iCalendar feed. The feed is read by a person's calendar
 * at a secret address of their own (a random token, kept only as its hash, revocable), and holds the plans of that
 * person's local areas while they are a board member or an administrator.
 */
@Service
@Transactional
public class CalendarService {

	private static final Set<Role> SUBSCRIBERS = Set.of(Role.ADMIN, Role.BOARD);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CalendarFeedRepository feeds;

	private final PlanService plans;

	private final AccountService accounts;

	private final RiskService risks;

	private final BoardMeetingService meetings;

	private final OversightService oversight;

	private final RevisitService revisits;

	private final Clock clock;

	CalendarService(CalendarFeedRepository feeds, PlanService plans, AccountService accounts, RiskService risks,
			BoardMeetingService meetings, OversightService oversight, RevisitService revisits, Clock clock) {
		this.feeds = feeds;
		this.plans = plans;
		this.accounts = accounts;
		this.risks = risks;
		this.meetings = meetings;
		this.oversight = oversight;
		this.revisits = revisits;
		this.clock = clock;
	}

	/**
	 * The plan's dates, the earliest first.
	 */
	@Transactional(readOnly = true)
	public List<CalendarEntry> entries(long planId) {
		PlanView plan = this.plans.plan(planId);
		String base = "/plans/" + planId;
		List<CalendarEntry> entries = new ArrayList<>();
		if (plan.submissionDeadline() != null) {
			entries.add(new CalendarEntry(plan.submissionDeadline(), "Submission deadline",
					"Submission deadline: " + plan.title(), base));
		}
		this.oversight.oversight(planId)
			.reviews()
			.forEach(review -> entries.add(new CalendarEntry(review.heldOn(), "DfE and NHS England review",
					"DfE and NHS England review", base + "/oversight")));
		this.revisits.revisitsOf(planId)
			.stream()
			.filter(revisit -> revisit.details().startDate() != null)
			.forEach(revisit -> entries.add(new CalendarEntry(revisit.details().startDate(),
					revisit.details().kind().label(), revisit.details().kind().label() + " begins",
					base + "/revisits/" + revisit.id())));
		this.meetings.meetings(planId)
			.forEach(meeting -> entries.add(new CalendarEntry(meeting.heldOn(), "Board meeting", "Board meeting",
					base + "/board-meetings/" + meeting.id())));
		this.meetings.outstanding(planId)
			.forEach(action -> entries.add(new CalendarEntry(action.dueDate(), "Action arising due",
					"Action arising due: " + action.description(), base + "/board-meetings/" + action.meetingId())));
		plan.actions()
			.filter(action -> action.end() != null)
			.forEach(action -> entries.add(new CalendarEntry(action.end().lastDay(), "Action end",
					"Action " + action.number() + " ends", base + "/actions/" + action.id())));
		this.risks.risks(planId)
			.stream()
			.filter(risk -> risk.open() && risk.reviewDate() != null)
			.forEach(risk -> entries.add(new CalendarEntry(risk.reviewDate(), "Risk review",
					"Risk review: " + risk.title(), base + "/risks/" + risk.id())));
		entries.sort(Comparator.comparing(CalendarEntry::date).thenComparing(CalendarEntry::kind));
		return entries;
	}

	/**
	 * Whether the person has a calendar address.
	 */
	@Transactional(readOnly = true)
	public boolean hasAddress(long accountId) {
		return this.feeds.existsById(accountId);
	}

	/**
	 * A new secret calendar address for the person, replacing any they had: the token, shown to them once.
	 */
	public String newAddress(long accountId) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.feeds.findById(accountId).ifPresent(feed -> {
			this.feeds.delete(feed);
			this.feeds.flush();
		});
		this.feeds.saveAndFlush(new CalendarFeed(accountId, hash(token), Instant.now(this.clock)));
		return token;
	}

	/**
	 * Revokes the person's calendar address: it answers nothing from now on.
	 */
	public void revoke(long accountId) {
		this.feeds.findById(accountId).ifPresent(feed -> {
			this.feeds.delete(feed);
			this.feeds.flush();
		});
	}

	/**
	 * The iCalendar feed at the address of this token, or empty when no such address is in use or its person may no
	 * longer subscribe (disabled, or no longer a board member or administrator).
	 */
	@Transactional(readOnly = true)
	public Optional<String> feed(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return this.feeds.findByTokenHash(hash(token)).flatMap(feed -> {
			AccountRow account = this.accounts.account(feed.getAccountId());
			if (!account.account().enabled() || !SUBSCRIBERS.contains(account.account().role())) {
				return Optional.empty();
			}
			return Optional.of(ics(this.plans.plans(AreaScope.of(account.localAreaIds()))));
		});
	}

	private String ics(List<PlanSummary> plans) {
		Calendar calendar = new Calendar().withProdId("-//WSOA Tracker//Deadlines//EN")
			.withDefaults()
			.getFluentTarget();
		DtStamp stamp = new DtStamp(Instant.now(this.clock));
		for (PlanSummary plan : plans) {
			List<CalendarEntry> entries = entries(plan.id());
			for (CalendarEntry entry : entries) {
				VEvent event = new VEvent(entry.date(), entry.date().plusDays(1), plan.title() + " – " + entry.title());
				// The same for the same date of the same record at every read, so that calendars update, not repeat.
				event.add(new Uid(hash(entry.kind() + " " + entry.href() + " " + entry.title() + " " + entry.date())
					.substring(0, 32) + "@wsoa-tracker"));
				event.add(stamp);
				event.add(new Description(entry.kind() + ": " + plan.title()));
				calendar.add(event);
			}
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("Could not write the calendar", ex);
		}
		return out.toString();
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
