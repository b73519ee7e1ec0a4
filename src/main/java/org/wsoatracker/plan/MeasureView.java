package org.wsoatracker.plan;

import java.math.BigDecimal;
import java.time.YearMonth;

public record MeasureView(long id, String text, BigDecimal baseline, BigDecimal target, String unit,
		YearMonth targetMonth) {

	public boolean numeric() {
		return this.target != null;
	}

}
