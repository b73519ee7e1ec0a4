package org.wsoatracker.governance;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.wsoatracker.people.PeopleService;
import org.wsoatracker.people.PersonView;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.shared.error.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Oversight of a plan by the Department for Education (DfE) and NHS England: their review meetings, the plan's
 * accountable officers (people of its local area) and its advisers.
 */
@Service
@Transactional
public class OversightService {

	private final OversightReviewRepository reviews;

	private final AdviserRepository advisers;

	private final PlanGovernanceRepository settings;

	private final PlanService plans;

	private final PeopleService people;

	OversightService(OversightReviewRepository reviews, AdviserRepository advisers, PlanGovernanceRepository settings,
			PlanService plans, PeopleService people) {
		this.reviews = reviews;
		this.advisers = advisers;
		this.settings = settings;
		this.plans = plans;
		this.people = people;
	}

	@Transactional(readOnly = true)
	public Oversight oversight(long planId) {
		List<Long> officerIds = this.settings.findById(planId)
			.map(setting -> setting.getAccountableOfficerIds().stream().sorted().toList())
			.orElse(List.of());
		Map<Long, PersonView> officers = this.people.peopleById(officerIds);
		return new Oversight(planId,
				this.reviews.findByPlanIdOrderByHeldOnDescIdDesc(planId).stream().map(OversightReview::toView).toList(),
				officerIds,
				officerIds.stream()
					.map(id -> RiskService.name(officers.get(id)) + roleOf(officers.get(id)))
					.sorted()
					.toList(),
				this.advisers.findByPlanIdOrderByIdAsc(planId).stream().map(Adviser::toView).toList());
	}

	@Transactional(readOnly = true)
	public ReviewView review(long planId, long reviewId) {
		return findReview(planId, reviewId).toView();
	}

	@Transactional(readOnly = true)
	public List<PersonView> possibleOfficers(long planId) {
		return this.people.people(this.plans.plan(planId).localAreaId());
	}

	public ReviewView addReview(long planId, ReviewDetails details) {
		this.plans.plan(planId);
		return this.reviews.saveAndFlush(new OversightReview(planId, details)).toView();
	}

	public ReviewView updateReview(long planId, long reviewId, long expectedVersion, ReviewDetails details) {
		OversightReview review = findReview(planId, reviewId);
		if (review.getVersion() != expectedVersion) {
			throw new ConflictException("Someone else changed this review while you were editing it");
		}
		review.update(details);
		return this.reviews.saveAndFlush(review).toView();
	}

	public void setAccountableOfficers(long planId, Set<Long> personIds) {
		PlanView plan = this.plans.plan(planId);
		Map<Long, PersonView> found = this.people.peopleById(personIds);
		if (found.size() != personIds.size()
				|| found.values().stream().anyMatch(person -> person.localAreaId() != plan.localAreaId())) {
			throw new ConflictException("officerIds", "Select people of " + plan.localAreaName());
		}
		PlanGovernance setting = this.settings.findById(planId).orElseGet(() -> new PlanGovernance(planId));
		setting.setAccountableOfficerIds(personIds);
		this.settings.saveAndFlush(setting);
	}

	public AdviserView addAdviser(long planId, String name, String organisation) {
		this.plans.plan(planId);
		return this.advisers.saveAndFlush(new Adviser(planId, name, organisation)).toView();
	}

	public void removeAdviser(long planId, long adviserId) {
		Adviser adviser = this.advisers.findById(adviserId)
			.filter(found -> found.getPlanId() == planId)
			.orElseThrow(() -> new NotFoundException("Adviser"));
		this.advisers.delete(adviser);
		this.advisers.flush();
	}

	private OversightReview findReview(long planId, long reviewId) {
		return this.reviews.findById(reviewId)
			.filter(review -> review.getPlanId() == planId)
			.orElseThrow(() -> new NotFoundException("Review"));
	}

	private static String roleOf(PersonView person) {
		return person == null ? "" : ", " + person.roleTitle();
	}

}
