package org.wsoatracker.report;

/**
 * A published report: how it was published and what it said, exactly as it was published.
 */
public record PublishedReport(ReportSummary summary, ReportContent content) {
}
