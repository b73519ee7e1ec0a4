package org.wsoatracker.browser;

import org.wsoatracker.support.ServerTest;

/**
 * Browser journeys against the demo application on the shared test database ({@link ServerTest}): one application
 * context for all of them.
 */
@ServerTest
public abstract class BrowserTest extends HeadlessBrowserTest {

}
