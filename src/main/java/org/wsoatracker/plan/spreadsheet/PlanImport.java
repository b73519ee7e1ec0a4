package org.wsoatracker.plan.spreadsheet;

import org.wsoatracker.plan.PlanKind;

/**
 * A request to create a plan from a spreadsheet: the plan's own details, and the file's bytes.
 */
public record PlanImport(long inspectionId, String title, PlanKind kind, String scaleCode, byte[] file) {
}
