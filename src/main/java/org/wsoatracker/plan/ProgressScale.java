package org.wsoatracker.plan;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/**
 * A plan's progress scale, defined as data (see the migration that creates the scales).
 */
@Entity
class ProgressScale {

	@Id
	private Long id;

	private String code;

	private String name;

	@OneToMany
	@JoinColumn(name = "scale_id")
	@OrderBy("position")
	private List<ProgressScaleStep> steps = new ArrayList<>();

	protected ProgressScale() {
	}

	String getCode() {
		return this.code;
	}

	ScaleView toView() {
		return new ScaleView(this.code, this.name, this.steps.stream().map(ProgressScaleStep::toView).toList());
	}

}
