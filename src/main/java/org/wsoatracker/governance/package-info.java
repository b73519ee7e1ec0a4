/**
 * The plan's life after the inspection: revisits and monitoring inspections with the inspectors' judgement of each
 * area of weakness, readiness for them, and the plans made from them (accelerated progress plans), as one trail.
 */
@ApplicationModule(displayName = "Governance")
package org.wsoatracker.governance;

import org.springframework.modulith.ApplicationModule;
