package eu.praxis.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the end-to-end tests do in the shared browser: open pages, log in and out, fill Vaadin fields. */
final class BrowserSession {

    final WebDriver browser;
    final WebDriverWait wait;
    private final String base;

    BrowserSession(int port) {
        this.browser = Browser.driver();
        // Vaadin re-renders parts of the page after each round trip; a stale element is just retried.
        this.wait = (WebDriverWait)
                new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class);
        this.base = "http://localhost:" + port;
        browser.manage().deleteAllCookies();
    }

    void open(String path) {
        browser.get(base + path);
    }

    void logIn(String email, String password) {
        open("/login");
        var form = wait.until(d -> d.findElement(By.tagName("vaadin-login-form")));
        wait.until(d ->
                !form.findElements(By.cssSelector("input[name='username']")).isEmpty());
        form.findElement(By.cssSelector("input[name='username']")).sendKeys(email);
        var password1 = form.findElement(By.cssSelector("input[name='password']"));
        password1.sendKeys(password);
        password1.sendKeys("\n");
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** A fresh session for the next person: the old one's cookies go. */
    void logOut() {
        browser.manage().deleteAllCookies();
    }

    WebElement byId(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    /** Types into the native input or text area a Vaadin field slots in. */
    void type(String fieldId, String text) {
        var field = byId(fieldId);
        var input = wait.until(d -> field.findElements(By.cssSelector("input, textarea")).stream()
                .findFirst()
                .orElse(null));
        input.sendKeys(text);
        // Vaadin fields send their value on change, i.e. when the focus leaves.
        ((JavascriptExecutor) browser).executeScript("arguments[0].blur()", input);
    }

    /** Sets a Vaadin field's value property, for date pickers whose typed format depends on the locale. */
    void setValue(String fieldId, String value) {
        ((JavascriptExecutor) browser)
                .executeScript(
                        "const f = arguments[0]; f.value = arguments[1]; f.dispatchEvent(new Event('change', {bubbles: true}));",
                        byId(fieldId),
                        value);
    }

    /** Clicks through JavaScript, so that floating overlays (dev-mode tools, notifications) cannot intercept it. */
    void click(By by) {
        var element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    /** Opens a (multi-select) combo box, filters by the text and picks the matching item. */
    void choose(String fieldId, String itemText) {
        var field = byId(fieldId);
        var input = field.findElement(By.cssSelector("input"));
        input.click();
        input.sendKeys(itemText);
        var item = wait.until(d ->
                d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item, vaadin-combo-box-item")).stream()
                        .filter(e -> e.getText().contains(itemText))
                        .findFirst()
                        .orElse(null));
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", item);
        ((JavascriptExecutor) browser).executeScript("arguments[0].blur()", input);
    }

    /** Gives the file to a vaadin-upload through its native file input, which lives in its shadow root. */
    void upload(String uploadId, Path file) {
        var input = (WebElement) ((JavascriptExecutor) browser)
                .executeScript(
                        "const u = arguments[0]; return u.querySelector('input[type=file]') "
                                + "|| (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));",
                        byId(uploadId));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    void waitForText(By by, String text) {
        wait.until(d -> d.findElements(by).stream().anyMatch(e -> e.getText().contains(text)));
    }

    /** A picture of the page, for looking at what a failed test saw. */
    void screenshot(String name) {
        try {
            var png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.createDirectories(Path.of("target/e2e"));
            Files.write(Path.of("target/e2e", name + ".png"), png);
        } catch (Exception e) {
            // a missing screenshot must not hide the real failure
        }
    }
}
