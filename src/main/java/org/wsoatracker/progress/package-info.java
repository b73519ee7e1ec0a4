/**
 * Reporting periods, progress updates, ratings and board review.
 */
@ApplicationModule(displayName = "Progress")
package org.wsoatracker.progress;

import org.springframework.modulith.ApplicationModule;
