/**
 * Published reports and their PDF, CSV and XLSX output. Reads only.
 */
@ApplicationModule(displayName = "Reports")
package org.wsoatracker.report;

import org.springframework.modulith.ApplicationModule;
