package org.wsoatracker.governance;

import java.util.List;
import java.util.stream.IntStream;

/**
 * How many risks there are at each likelihood and impact: rows from the most likely (5) down, columns from the least
 * impact (1) up, as a risk matrix is drawn.
 */
public record RiskMatrix(List<Row> rows) {

	public record Row(int likelihood, List<Cell> cells) {
	}

	public record Cell(int likelihood, int impact, int count) {

		public int score() {
			return RiskRating.score(this.likelihood, this.impact);
		}

		public RiskRating rating() {
			return RiskRating.of(score());
		}

	}

	static RiskMatrix of(List<RiskView> risks) {
		return new RiskMatrix(IntStream.iterate(5, likelihood -> likelihood >= 1, likelihood -> likelihood - 1)
			.mapToObj(likelihood -> new Row(likelihood, IntStream.rangeClosed(1, 5)
				.mapToObj(impact -> new Cell(likelihood, impact, (int) risks.stream()
					.filter(risk -> risk.likelihood() == likelihood && risk.impact() == impact)
					.count()))
				.toList()))
			.toList());
	}

	public int count(int likelihood, int impact) {
		return this.rows.get(5 - likelihood).cells().get(impact - 1).count();
	}

	public List<Integer> impacts() {
		return List.of(1, 2, 3, 4, 5);
	}

}
