package eu.praxis.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.praxis.IntegrationTest;
import eu.praxis.TestPeople;
import eu.praxis.group.GroupFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the end-to-end tests: the shared Spring context's real server and the one shared
 * headless Chromium, with a fresh browser session per test.
 */
@IntegrationTest
abstract class EndToEndTest {

    @LocalServerPort
    int port;

    @Autowired
    TestPeople people;

    @Autowired
    GroupFixtures groups;

    BrowserSession session;

    @BeforeEach
    void openBrowser() {
        assumeTrue(
                Browser.available() || System.getenv("CI") != null,
                "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        session = new BrowserSession(port);
    }
}
