package org.wsoatracker.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

@Entity
class ProgressScaleStep {

	@Id
	private Long id;

	private int position;

	private String code;

	private String label;

	@Enumerated(EnumType.STRING)
	private Rag rag;

	private boolean complete;

	protected ProgressScaleStep() {
	}

	ScaleView.Step toView() {
		return new ScaleView.Step(this.code, this.label, this.rag, this.complete);
	}

}
