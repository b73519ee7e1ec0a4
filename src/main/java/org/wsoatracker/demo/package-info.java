/**
 * The demo data as a whole: removing it in one step. (Demo mode loads it module by module: accounts, local areas and
 * plans, progress, reports.)
 */
@ApplicationModule(displayName = "Demo data")
package org.wsoatracker.demo;

import org.springframework.modulith.ApplicationModule;
