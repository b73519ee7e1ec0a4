package org.wsoatracker.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

/**
 * A numbered action of a plan ("1.1"): the outcome it aims at, what will be done, when, by whom, and how success is
 * measured.
 */
@Entity
class PlanAction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "area_id")
	private PlanArea area;

	private String number;

	private int position;

	private String outcome;

	private String actionText;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "date", column = @Column(name = "start_date")),
			@AttributeOverride(name = "precision", column = @Column(name = "start_precision")) })
	private PlanDate start;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "date", column = @Column(name = "end_date")),
			@AttributeOverride(name = "precision", column = @Column(name = "end_precision")) })
	private PlanDate end;

	private String phase;

	private String evidenceAndImpact;

	@ElementCollection
	@CollectionTable(name = "action_lead", joinColumns = @JoinColumn(name = "action_id"))
	@Column(name = "person_id")
	@OrderColumn(name = "position")
	private List<Long> leadPersonIds = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "action_lead_organisation", joinColumns = @JoinColumn(name = "action_id"))
	@Column(name = "organisation_id")
	@OrderColumn(name = "position")
	private List<Long> leadOrganisationIds = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "action_id", nullable = false)
	@OrderBy("position")
	private List<Measure> measures = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "action_id", nullable = false)
	@OrderBy("position")
	private List<SubAction> subActions = new ArrayList<>();

	private Long carriedFromId;

	@Version
	private long version;

	protected PlanAction() {
	}

	PlanAction(PlanArea area, int position, ActionDetails details) {
		this.area = area;
		this.position = position;
		update(details);
	}

	/**
	 * Takes the details given. A measure or sub-action given with an id is the action's own and keeps its identity,
	 * whatever its wording or place (progress is recorded against measures); one without an id is new; the action's
	 * own that are not given are removed. The service checks {@link #ownsPartsOf} first: an id that is not the action's
	 * own is refused here.
	 */
	void update(ActionDetails details) {
		this.number = details.number();
		this.outcome = details.outcome();
		this.actionText = details.action();
		this.start = details.start();
		this.end = details.end();
		this.phase = details.phase();
		this.evidenceAndImpact = details.evidenceAndImpact();
		replaceKeepingOrder(this.leadPersonIds, details.leadPersonIds());
		replaceKeepingOrder(this.leadOrganisationIds, details.leadOrganisationIds());
		replaceMeasures(details.measures());
		replaceSubActions(details.subActions());
	}

	/**
	 * Records the action of an earlier plan this one carries on: its progress history stays readable from this one.
	 */
	void carriedFrom(long actionId) {
		this.carriedFromId = actionId;
	}

	Long getCarriedFromId() {
		return this.carriedFromId;
	}

	/**
	 * The action's details as a new action's: the same words, dates, leads, measures and sub-actions, none of its
	 * parts' identities (progress reported against its measures stays with them).
	 */
	ActionDetails detailsAsNew() {
		ActionDetails details = details();
		return new ActionDetails(details.number(), details.outcome(), details.action(), details.start(), details.end(),
				details.phase(), details.leadPersonIds(), details.leadOrganisationIds(),
				details.measures()
					.stream()
					.map(m -> new MeasureDetails(m.text(), m.baseline(), m.target(), m.unit(), m.targetMonth()))
					.toList(),
				details.evidenceAndImpact(),
				details.subActions()
					.stream()
					.map(s -> new SubActionDetails(s.label(), s.text(), s.start(), s.end(), s.phase()))
					.toList());
	}

	/**
	 * Whether every measure and sub-action given with an id is one of this action's own, each given once.
	 */
	boolean ownsPartsOf(ActionDetails details) {
		return ownsAll(ids(this.measures, Measure::getId), details.measures().stream().map(MeasureDetails::id).toList())
				&& ownsAll(ids(this.subActions, SubAction::getId),
						details.subActions().stream().map(SubActionDetails::id).toList());
	}

	/**
	 * Whether the details give only new measures and sub-actions (none with an id), as a new action's must.
	 */
	static boolean onlyNewParts(ActionDetails details) {
		return details.measures().stream().allMatch(m -> m.id() == null)
				&& details.subActions().stream().allMatch(s -> s.id() == null);
	}

	/**
	 * The measures of this action that the details leave out, which taking them would remove.
	 */
	List<MeasureView> measuresRemovedBy(ActionDetails details) {
		Set<Long> kept = details.measures()
			.stream()
			.map(MeasureDetails::id)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		return this.measures.stream().filter(m -> !kept.contains(m.getId())).map(Measure::toView).toList();
	}

	private void replaceMeasures(List<MeasureDetails> given) {
		Map<Long, Measure> own = this.measures.stream().collect(Collectors.toMap(Measure::getId, Function.identity()));
		List<Measure> next = new ArrayList<>();
		for (MeasureDetails details : given) {
			int position = next.size() + 1;
			if (details.id() == null) {
				next.add(new Measure(position, details));
				continue;
			}
			Measure measure = own.remove(details.id());
			if (measure == null) {
				throw new IllegalArgumentException("Measure " + details.id() + " is not one of action " + this.id + "'s");
			}
			measure.update(position, details);
			next.add(measure);
		}
		this.measures.clear();
		this.measures.addAll(next);
	}

	private void replaceSubActions(List<SubActionDetails> given) {
		Map<Long, SubAction> own = this.subActions.stream()
			.collect(Collectors.toMap(SubAction::getId, Function.identity()));
		List<SubAction> next = new ArrayList<>();
		for (SubActionDetails details : given) {
			int position = next.size() + 1;
			if (details.id() == null) {
				next.add(new SubAction(position, details));
				continue;
			}
			SubAction subAction = own.remove(details.id());
			if (subAction == null) {
				throw new IllegalArgumentException(
						"Sub-action " + details.id() + " is not one of action " + this.id + "'s");
			}
			subAction.update(position, details);
			next.add(subAction);
		}
		this.subActions.clear();
		this.subActions.addAll(next);
	}

	/**
	 * Makes the list hold the ids given, once each: those it already holds keep their order (a form's checkboxes come
	 * in the order of the people tables, not the plan's), new ones follow in the order given. Left alone when nothing
	 * changes.
	 */
	private static void replaceKeepingOrder(List<Long> current, List<Long> given) {
		Set<Long> wanted = new LinkedHashSet<>(given);
		List<Long> next = new ArrayList<>(current.stream().filter(wanted::contains).distinct().toList());
		wanted.stream().filter(id -> !next.contains(id)).forEach(next::add);
		if (!next.equals(current)) {
			current.clear();
			current.addAll(next);
		}
	}

	private static <T> Set<Long> ids(List<T> parts, Function<T, Long> id) {
		return parts.stream().map(id).collect(Collectors.toSet());
	}

	private static boolean ownsAll(Set<Long> own, List<Long> given) {
		Set<Long> seen = new HashSet<>();
		return given.stream().filter(Objects::nonNull).allMatch(id -> own.contains(id) && seen.add(id));
	}

	void moveTo(PlanArea area, int position) {
		this.area = area;
		this.position = position;
	}

	Long getId() {
		return this.id;
	}

	int getPosition() {
		return this.position;
	}

	PlanArea getArea() {
		return this.area;
	}

	String getNumber() {
		return this.number;
	}

	long getVersion() {
		return this.version;
	}

	List<Long> getLeadPersonIds() {
		return this.leadPersonIds;
	}

	List<Long> getLeadOrganisationIds() {
		return this.leadOrganisationIds;
	}

	ActionDetails details() {
		return new ActionDetails(this.number, this.outcome, this.actionText, this.start, this.end, this.phase,
				List.copyOf(this.leadPersonIds), List.copyOf(this.leadOrganisationIds),
				this.measures.stream().map(Measure::details).toList(), this.evidenceAndImpact,
				this.subActions.stream().map(SubAction::details).toList());
	}

	List<MeasureView> measureViews() {
		return this.measures.stream().map(Measure::toView).toList();
	}

	List<SubActionView> subActionViews() {
		return this.subActions.stream().map(SubAction::toView).toList();
	}

}
