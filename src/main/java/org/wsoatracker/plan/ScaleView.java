package org.wsoatracker.plan;

import java.util.List;

/**
 * A progress scale: its steps in order, each with the RAG colour it shows as.
 */
public record ScaleView(String code, String name, List<Step> steps) {

	public record Step(String code, String label, Rag rag, boolean complete) {
	}

}
