package org.wsoatracker.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/**
 * An area of weakness as the plan words it ("Area for improvement 1: Leadership & Governance"), answering one or more
 * of the inspection's areas of weakness.
 */
@Entity
class PlanArea {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private Plan plan;

	private int number;

	private String title;

	private String weaknessText;

	@ElementCollection
	@CollectionTable(name = "plan_area_weakness", joinColumns = @JoinColumn(name = "area_id"))
	@Column(name = "weakness_id")
	private Set<Long> weaknessIds = new HashSet<>();

	@OneToMany(mappedBy = "area", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<PlanAction> actions = new ArrayList<>();

	protected PlanArea() {
	}

	PlanArea(Plan plan, int number, String title, String weaknessText, Collection<Long> weaknessIds) {
		this.plan = plan;
		update(number, title, weaknessText, weaknessIds);
	}

	void update(int number, String title, String weaknessText, Collection<Long> weaknessIds) {
		this.number = number;
		this.title = title;
		this.weaknessText = weaknessText;
		this.weaknessIds.retainAll(weaknessIds);
		this.weaknessIds.addAll(weaknessIds);
	}

	PlanAction addAction(ActionDetails details) {
		PlanAction action = new PlanAction(this, this.actions.size() + 1, details);
		this.actions.add(action);
		return action;
	}

	void removeAction(PlanAction action) {
		this.actions.remove(action);
	}

	Long getId() {
		return this.id;
	}

	Plan getPlan() {
		return this.plan;
	}

	int getNumber() {
		return this.number;
	}

	String getTitle() {
		return this.title;
	}

	String getWeaknessText() {
		return this.weaknessText;
	}

	Set<Long> getWeaknessIds() {
		return this.weaknessIds;
	}

	List<PlanAction> getActions() {
		return this.actions;
	}

}
