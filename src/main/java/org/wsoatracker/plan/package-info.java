/**
 * Inspections, findings, areas of weakness, plans, actions, sub-actions and measures of success.
 */
@ApplicationModule(displayName = "Plan register")
package org.wsoatracker.plan;

import org.springframework.modulith.ApplicationModule;
