/**
 * Read models for the Improvement Board and each role's home page. Reads other modules' APIs, writes nothing.
 */
@ApplicationModule(displayName = "Dashboard")
package org.wsoatracker.dashboard;

import org.springframework.modulith.ApplicationModule;
