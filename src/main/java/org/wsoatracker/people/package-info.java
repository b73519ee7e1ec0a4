/**
 * Partner organisations, people and user accounts.
 */
@ApplicationModule(displayName = "People")
package org.wsoatracker.people;

import org.springframework.modulith.ApplicationModule;
