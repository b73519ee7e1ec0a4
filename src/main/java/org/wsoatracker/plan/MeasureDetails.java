package org.wsoatracker.plan;

import java.math.BigDecimal;
import java.time.YearMonth;

public record MeasureDetails(String text, BigDecimal baseline, BigDecimal target, String unit, YearMonth targetMonth) {
}
