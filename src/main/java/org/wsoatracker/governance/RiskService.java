package org.wsoatracker.governance;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.wsoatracker.people.PeopleService;
import org.wsoatracker.people.PersonView;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.shared.audit.AuditEntry;
import org.wsoatracker.shared.audit.AuditTrail;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.shared.error.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's risk register: its risks, each owned by a person of the plan's local area, and the score above which the
 * board sees them. Every change is in the audit trail.
 */
@Service
@Transactional
public class RiskService {

	private final RiskRepository risks;

	private final PlanGovernanceRepository settings;

	private final PlanService plans;

	private final PeopleService people;

	private final AuditTrail audit;

	RiskService(RiskRepository risks, PlanGovernanceRepository settings, PlanService plans, PeopleService people,
			AuditTrail audit) {
		this.risks = risks;
		this.settings = settings;
		this.plans = plans;
		this.people = people;
		this.audit = audit;
	}

	/**
	 * The plan's risks, open ones first, highest score first, then in the order they were added.
	 */
	@Transactional(readOnly = true)
	public List<RiskView> risks(long planId) {
		return views(this.risks.findByPlanIdOrderByIdAsc(planId)).stream()
			.sorted(Comparator.comparing((RiskView risk) -> !risk.open())
				.thenComparing(Comparator.comparingInt(RiskView::score).reversed()))
			.toList();
	}

	@Transactional(readOnly = true)
	public RiskView risk(long planId, long riskId) {
		return views(List.of(find(planId, riskId))).get(0);
	}

	/**
	 * Every change to the risk, newest first.
	 */
	@Transactional(readOnly = true)
	public List<AuditEntry> history(long planId, long riskId) {
		find(planId, riskId);
		return this.audit.history("Risk", List.of(riskId));
	}

	/**
	 * The people who may own the plan's risks: those of its local area.
	 */
	@Transactional(readOnly = true)
	public List<PersonView> possibleOwners(long planId) {
		return this.people.people(this.plans.plan(planId).localAreaId());
	}

	public RiskView addRisk(long planId, RiskDetails details) {
		PlanView plan = this.plans.plan(planId);
		requireOwner(plan, details.ownerId());
		return views(List.of(this.risks.saveAndFlush(new Risk(planId, details)))).get(0);
	}

	public RiskView updateRisk(long planId, long riskId, long expectedVersion, RiskDetails details) {
		Risk risk = find(planId, riskId);
		requireOwner(this.plans.plan(planId), details.ownerId());
		if (risk.getVersion() != expectedVersion) {
			throw new ConflictException("Someone else changed this risk while you were editing it");
		}
		risk.update(details);
		return views(List.of(this.risks.saveAndFlush(risk))).get(0);
	}

	/**
	 * The score above which the plan's open risks are shown to the board.
	 */
	@Transactional(readOnly = true)
	public int threshold(long planId) {
		return this.settings.findById(planId)
			.map(PlanGovernance::getRiskThreshold)
			.orElse(GovernanceLimits.DEFAULT_RISK_THRESHOLD);
	}

	public void setThreshold(long planId, int threshold) {
		if (threshold < 1 || threshold > 25) {
			throw new ConflictException("The threshold is a score from 1 to 25");
		}
		this.plans.plan(planId);
		PlanGovernance setting = this.settings.findById(planId).orElseGet(() -> new PlanGovernance(planId));
		setting.setRiskThreshold(threshold);
		this.settings.saveAndFlush(setting);
	}

	/**
	 * What the board sees of the register: the open risks scoring above the threshold, and the matrix of every open
	 * risk.
	 */
	@Transactional(readOnly = true)
	public RiskSummary summary(long planId) {
		int threshold = threshold(planId);
		List<RiskView> open = risks(planId).stream().filter(RiskView::open).toList();
		return new RiskSummary(planId, threshold, open.stream().filter(risk -> risk.score() > threshold).toList(),
				RiskMatrix.of(open));
	}

	private Risk find(long planId, long riskId) {
		return this.risks.findById(riskId)
			.filter(risk -> risk.getPlanId() == planId)
			.orElseThrow(() -> new NotFoundException("Risk"));
	}

	private void requireOwner(PlanView plan, long ownerId) {
		boolean ofTheArea = this.people.peopleById(List.of(ownerId))
			.values()
			.stream()
			.anyMatch(person -> person.localAreaId() == plan.localAreaId());
		if (!ofTheArea) {
			throw new ConflictException("ownerId", "Select the risk's owner from the people of " + plan.localAreaName());
		}
	}

	private List<RiskView> views(List<Risk> found) {
		Map<Long, PersonView> owners = this.people
			.peopleById(found.stream().map(Risk::getOwnerId).distinct().toList());
		return found.stream()
			.map(risk -> risk.toView(name(owners.get(risk.getOwnerId()))))
			.collect(Collectors.toList());
	}

	static String name(PersonView person) {
		return person == null ? "Unknown" : person.name() + " (" + person.organisationCode() + ")";
	}

}
