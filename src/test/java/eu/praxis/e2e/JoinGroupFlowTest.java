package eu.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.praxis.IntegrationTest;
import eu.praxis.demo.DemoAccounts;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A real browser against the real server: log in as the demo member, join Nightlife, see it on Home. */
@IntegrationTest
class JoinGroupFlowTest {

    @LocalServerPort
    int port;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        assumeTrue(Browser.available() || System.getenv("CI") != null,
                "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        browser = Browser.driver();
        browser.manage().deleteAllCookies();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @Test
    void the_demo_member_logs_in_joins_nightlife_and_sees_it_on_home() {
        browser.get("http://localhost:" + port + "/groups");
        // Members only: the visitor is sent to the login page first.
        wait.until(ExpectedConditions.urlContains("/login"));
        logIn(DemoAccounts.MEMBER, DemoAccounts.MEMBER_PASSWORD);

        browser.get("http://localhost:" + port + "/groups/nightlife");
        var join = wait.until(d -> d.findElement(By.cssSelector("vaadin-button[data-action='join']")));
        join.click();
        wait.until(d -> d.findElements(By.cssSelector("vaadin-button[data-action='leave']")).size() == 1);

        browser.get("http://localhost:" + port + "/");
        var myGroups = wait.until(d -> d.findElement(By.id("my-groups")));
        wait.until(d -> myGroups.getText().contains("Nightlife"));
        assertThat(myGroups.getText()).contains("Nightlife");
    }

    private void logIn(String email, String password) {
        var form = wait.until(d -> d.findElement(By.tagName("vaadin-login-form")));
        wait.until(d -> !form.findElements(By.cssSelector("input[name='username']")).isEmpty()
                || shadow(form, "input[name='username']") != null);
        var username = firstInput(form, "username");
        var passwordField = firstInput(form, "password");
        username.sendKeys(email);
        passwordField.sendKeys(password);
        passwordField.sendKeys("\n");
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private WebElement firstInput(WebElement form, String name) {
        var light = form.findElements(By.cssSelector("input[name='" + name + "']"));
        return light.isEmpty() ? shadow(form, "input[name='" + name + "']") : light.getFirst();
    }

    private WebElement shadow(WebElement host, String selector) {
        return (WebElement) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].shadowRoot ? arguments[0].shadowRoot.querySelector(arguments[1]) : null;",
                host, selector);
    }
}
