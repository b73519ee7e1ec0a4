/**
 * Board meetings, decisions, risks and revisit judgements.
 */
@ApplicationModule(displayName = "Governance")
package org.wsoatracker.governance;

import org.springframework.modulith.ApplicationModule;
