/**
 * Small, truly shared pieces every module may use: database start-up, demo mode, clock and GOV.UK web support.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.wsoatracker.shared;

import org.springframework.modulith.ApplicationModule;
