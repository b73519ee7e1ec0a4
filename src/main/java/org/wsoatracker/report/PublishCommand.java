package org.wsoatracker.report;

/**
 * What the programme office says when it publishes a report: the committee it is for, whose report it is, and, for
 * a new version of a report already published, what was corrected.
 */
public record PublishCommand(String committee, String reportOf, String correctionNote) {
}
