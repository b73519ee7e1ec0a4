package org.wsoatracker.plan;

import java.util.ArrayList;
import java.util.List;

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
	 * Takes the details given. Measures and sub-actions are matched by their place in the list, so that those kept
	 * keep their identity (progress is recorded against them).
	 */
	void update(ActionDetails details) {
		this.number = details.number();
		this.outcome = details.outcome();
		this.actionText = details.action();
		this.start = details.start();
		this.end = details.end();
		this.phase = details.phase();
		this.evidenceAndImpact = details.evidenceAndImpact();
		this.leadPersonIds.clear();
		this.leadPersonIds.addAll(details.leadPersonIds().stream().distinct().toList());
		this.leadOrganisationIds.clear();
		this.leadOrganisationIds.addAll(details.leadOrganisationIds().stream().distinct().toList());
		List<MeasureDetails> measureDetails = details.measures();
		for (int i = 0; i < measureDetails.size(); i++) {
			if (i < this.measures.size()) {
				this.measures.get(i).update(measureDetails.get(i));
			}
			else {
				this.measures.add(new Measure(i + 1, measureDetails.get(i)));
			}
		}
		this.measures.subList(measureDetails.size(), this.measures.size()).clear();
		List<SubActionDetails> subActionDetails = details.subActions();
		for (int i = 0; i < subActionDetails.size(); i++) {
			if (i < this.subActions.size()) {
				this.subActions.get(i).update(subActionDetails.get(i));
			}
			else {
				this.subActions.add(new SubAction(i + 1, subActionDetails.get(i)));
			}
		}
		this.subActions.subList(subActionDetails.size(), this.subActions.size()).clear();
	}

	void moveTo(PlanArea area, int position) {
		this.area = area;
		this.position = position;
	}

	Long getId() {
		return this.id;
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
