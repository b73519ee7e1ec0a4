/**
 * Sign-in, roles, the signed-in user and the security filter chain.
 */
@ApplicationModule(displayName = "Security")
package org.wsoatracker.security;

import org.springframework.modulith.ApplicationModule;
