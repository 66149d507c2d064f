package eu.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import eu.praxis.TestPeople;
import eu.praxis.search.SearchFixtures;
import eu.praxis.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The search issue's flow in a real browser: a researcher searches a multilingual library
 * ({@link SearchFixtures#library}, open to researchers) with a phrase
 * and a word, sees the matched words highlighted and the facets, narrows by country, opens a practice
 * and finds similar practices on its page.
 */
class SearchFlowTest extends EndToEndTest {

    @Autowired
    SearchFixtures searchFixtures;

    @Test
    void a_researcher_searches_narrows_by_country_and_finds_similar_practices() {
        searchFixtures.library();
        var researcher = people.account(Role.RESEARCHER);
        try {
            session.logIn(researcher.email(), TestPeople.PASSWORD);
            session.open("/practices");
            session.type("search-query", "\"harm reduction\" Essen");

            session.wait.until(
                    d -> d.getCurrentUrl().contains("q=") && d.getCurrentUrl().contains("Essen"));
            session.wait.until(d -> !d.findElements(By.cssSelector("#search-results .search-snippet mark"))
                    .isEmpty());
            var countries = session.wait.until(d -> {
                var boxes = d.findElements(By.cssSelector("#facet-country vaadin-checkbox"));
                return boxes.isEmpty() ? null : boxes;
            });
            // "Germany (2)": the facet shows each country with its number of results
            var germany = countries.stream()
                    .filter(c -> c.getText().startsWith("Germany"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no Germany among "
                            + countries.stream().map(WebElement::getText).toList()));
            assertThat(germany.getText()).matches("Germany \\(\\d+\\)");

            // through JavaScript, like BrowserSession.click: no overlay may intercept it
            ((JavascriptExecutor) session.browser)
                    .executeScript("arguments[0].click()", germany.findElement(By.tagName("input")));

            session.wait.until(d -> d.getCurrentUrl().contains("country=DE"));
            session.wait.until(d -> {
                var places = d.findElements(By.cssSelector("#search-results .search-hit-about"));
                return !places.isEmpty()
                        && places.stream().allMatch(p -> p.getText().contains("Germany"));
            });
            var first = session.wait.until(d -> d.findElement(By.cssSelector("#search-results a.search-hit-title")));
            var title = first.getText();
            session.click(By.cssSelector("#search-results a.search-hit-title"));

            session.wait.until(d -> d.getCurrentUrl().matches(".*/practices/\\d+/.*"));
            session.waitForText(By.tagName("h1"), title);
            var self = session.browser.getCurrentUrl().replaceAll(".*(/practices/\\d+/).*", "$1");
            var similar = session.byId("similar-practices");
            session.wait.until(d -> !similar.findElements(By.tagName("a")).isEmpty());
            // not the practice itself (by address: the demo, once its smoke test has loaded it, has the same titles)
            assertThat(similar.findElements(By.tagName("a")))
                    .extracting(a -> a.getDomAttribute("href"))
                    .isNotEmpty()
                    .noneMatch(href -> href.contains(self));
        } catch (RuntimeException | AssertionError e) {
            session.screenshot("search-flow-failure");
            throw e;
        }
    }
}
