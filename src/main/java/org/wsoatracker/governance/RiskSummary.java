package org.wsoatracker.governance;

import java.util.List;

/**
 * What the board sees of a plan's risk register: the open risks scoring above the plan's threshold, and the matrix of
 * every open risk.
 */
public record RiskSummary(long planId, int threshold, List<RiskView> aboveThreshold, RiskMatrix matrix) {
}
