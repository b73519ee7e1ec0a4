package org.wsoatracker.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.wsoatracker.people.PeopleService;
import org.wsoatracker.people.PersonView;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.progress.PeriodView;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.shared.error.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Improvement Board's meetings on a plan, with their attendees, the period each reviewed, the minutes, the
 * decisions and the actions arising. Attendees and owners are people of the plan's local area; the period is one of
 * the plan's.
 */
@Service
@Transactional
public class BoardMeetingService {

	private final BoardMeetingRepository meetings;

	private final ActionArisingRepository actions;

	private final PlanService plans;

	private final PeopleService people;

	private final ProgressService progress;

	private final Clock clock;

	BoardMeetingService(BoardMeetingRepository meetings, ActionArisingRepository actions, PlanService plans,
			PeopleService people, ProgressService progress, Clock clock) {
		this.meetings = meetings;
		this.actions = actions;
		this.plans = plans;
		this.people = people;
		this.progress = progress;
		this.clock = clock;
	}

	/**
	 * The plan's meetings, the latest first.
	 */
	@Transactional(readOnly = true)
	public List<BoardMeetingView> meetings(long planId) {
		return views(planId, this.meetings.findByPlanIdOrderByHeldOnDescIdDesc(planId));
	}

	@Transactional(readOnly = true)
	public BoardMeetingView meeting(long planId, long meetingId) {
		return views(planId, List.of(find(planId, meetingId))).get(0);
	}

	/**
	 * The plan's actions arising that are still open, the soonest due first.
	 */
	@Transactional(readOnly = true)
	public List<ActionArisingView> outstanding(long planId) {
		return meetings(planId).stream()
			.flatMap(meeting -> meeting.actions().stream())
			.filter(action -> !action.closed())
			.sorted(Comparator.comparing(ActionArisingView::dueDate).thenComparing(ActionArisingView::id))
			.toList();
	}

	@Transactional(readOnly = true)
	public ActionArisingView actionArising(long planId, long meetingId, long actionId) {
		find(planId, meetingId);
		ActionArising action = findAction(meetingId, actionId);
		return meeting(planId, meetingId).actions()
			.stream()
			.filter(view -> view.id() == action.getId())
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Action arising"));
	}

	/**
	 * The people who may attend the plan's meetings and own their actions: those of its local area.
	 */
	@Transactional(readOnly = true)
	public List<PersonView> possiblePeople(long planId) {
		return this.people.people(this.plans.plan(planId).localAreaId());
	}

	/**
	 * The plan's reporting periods, the latest first, for the period a meeting reviewed.
	 */
	@Transactional(readOnly = true)
	public List<PeriodView> periods(long planId) {
		return this.progress.periods(planId)
			.stream()
			.sorted(Comparator.comparing(PeriodView::month).reversed())
			.toList();
	}

	public BoardMeetingView addMeeting(long planId, BoardMeetingDetails details) {
		check(planId, details);
		BoardMeeting meeting = this.meetings.saveAndFlush(new BoardMeeting(planId, details));
		return meeting(planId, meeting.getId());
	}

	public BoardMeetingView updateMeeting(long planId, long meetingId, long expectedVersion,
			BoardMeetingDetails details) {
		BoardMeeting meeting = find(planId, meetingId);
		check(planId, details);
		if (meeting.getVersion() != expectedVersion) {
			throw new ConflictException("Someone else changed this meeting while you were editing it");
		}
		meeting.update(details);
		this.meetings.saveAndFlush(meeting);
		return meeting(planId, meetingId);
	}

	public ActionArisingView addAction(long planId, long meetingId, ActionArisingDetails details) {
		find(planId, meetingId);
		requirePeople(planId, Set.of(details.ownerId()), "ownerId");
		ActionArising action = this.actions.saveAndFlush(new ActionArising(meetingId, details));
		return actionArising(planId, meetingId, action.getId());
	}

	public ActionArisingView updateAction(long planId, long meetingId, long actionId, long expectedVersion,
			ActionArisingDetails details) {
		find(planId, meetingId);
		ActionArising action = findAction(meetingId, actionId);
		requirePeople(planId, Set.of(details.ownerId()), "ownerId");
		if (action.getVersion() != expectedVersion) {
			throw new ConflictException("Someone else changed this action while you were editing it");
		}
		action.update(details);
		this.actions.saveAndFlush(action);
		return actionArising(planId, meetingId, actionId);
	}

	private void check(long planId, BoardMeetingDetails details) {
		requirePeople(planId, details.attendeeIds(), "attendeeIds");
		if (details.periodId() != null
				&& this.progress.periods(planId).stream().noneMatch(period -> period.id() == details.periodId())) {
			throw new ConflictException("periodId", "Select a reporting period of this plan");
		}
	}

	private void requirePeople(long planId, Collection<Long> personIds, String field) {
		PlanView plan = this.plans.plan(planId);
		Map<Long, PersonView> found = this.people.peopleById(personIds);
		if (found.size() != personIds.size()
				|| found.values().stream().anyMatch(person -> person.localAreaId() != plan.localAreaId())) {
			throw new ConflictException(field, "Select people of " + plan.localAreaName());
		}
	}

	private BoardMeeting find(long planId, long meetingId) {
		return this.meetings.findById(meetingId)
			.filter(meeting -> meeting.getPlanId() == planId)
			.orElseThrow(() -> new NotFoundException("Board meeting"));
	}

	private ActionArising findAction(long meetingId, long actionId) {
		return this.actions.findById(actionId)
			.filter(action -> action.getMeetingId() == meetingId)
			.orElseThrow(() -> new NotFoundException("Action arising"));
	}

	private List<BoardMeetingView> views(long planId, List<BoardMeeting> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, BoardMeeting> byId = found.stream()
			.collect(Collectors.toMap(BoardMeeting::getId, Function.identity()));
		List<ActionArising> arising = this.actions.findByMeetingIdInOrderByDueDateAscIdAsc(byId.keySet());
		Set<Long> personIds = Stream
			.concat(found.stream().flatMap(meeting -> meeting.getAttendeeIds().stream()),
					arising.stream().map(ActionArising::getOwnerId))
			.collect(Collectors.toSet());
		Map<Long, PersonView> persons = this.people.peopleById(personIds);
		Map<Long, String> periods = this.progress.periods(planId)
			.stream()
			.collect(Collectors.toMap(PeriodView::id, PeriodView::label));
		List<BoardMeetingView> views = new ArrayList<>();
		for (BoardMeeting meeting : found) {
			List<ActionArisingView> actionViews = arising.stream()
				.filter(action -> action.getMeetingId() == meeting.getId())
				.map(action -> action.toView(planId, meeting.getHeldOn(),
						RiskService.name(persons.get(action.getOwnerId()))))
				.toList();
			List<Long> attendeeIds = meeting.getAttendeeIds().stream().sorted().toList();
			views.add(new BoardMeetingView(meeting.getId(), planId, meeting.getHeldOn(), attendeeIds,
					attendeeIds.stream().map(id -> RiskService.name(persons.get(id))).sorted().toList(),
					meeting.getPeriodId(), meeting.getPeriodId() == null ? null : periods.get(meeting.getPeriodId()),
					meeting.getMinutesSummary(), meeting.getDecisions(), actionViews, meeting.getVersion()));
		}
		return views;
	}

	/**
	 * Today, for what is overdue.
	 */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
