package it.fascicolosociale.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import it.fascicolosociale.authentication.Base32;
import it.fascicolosociale.authentication.Totp;

/**
 * Debian's headless Chromium driven by Selenium, with what the journeys need: sign in, fill fields by label
 * or name, take a screenshot under target/screenshots, and check the page with axe-core. Skipped where the
 * machine has no Chromium (.ci/run installs it).
 */
public final class Browser implements AutoCloseable {

    /** The TOTP secret of the demo operators whose role requires a second factor (db/demo V120, README). */
    public static final String DEMO_TOTP_SECRET = "FASCICOLOSOCIALEDEMOSECRETTOTP22";
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final WebDriver driver;
    private final String baseUrl;

    private Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    public static Browser open(int port) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "Chromium and chromedriver are not installed");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString()).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--lang=it-IT", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return new Browser(driver, "http://localhost:" + port);
    }

    public Browser go(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /**
     * Signs a demo operator in, leaving whoever was signed in before (the session cookie is dropped), second factor
     * included where their role requires one: the code is computed from the demo secret (README, demo accounts), or
     * from the secret the enrolment page shows.
     */
    public Browser signIn(String username) {
        go("/login");
        driver.manage().deleteAllCookies();
        go("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("Fascicolo-Demo-2026");
        clickAndWaitForNextPage(By.cssSelector("#contenuto button[type=submit]"));
        String path = java.net.URI.create(driver.getCurrentUrl()).getPath();
        if (path.equals("/login/second-factor")) {
            return enterCode(DEMO_TOTP_SECRET);
        }
        if (path.equals("/login/second-factor/enrol")) {
            return enterCode(driver.findElement(By.id("secret")).getText());
        }
        return this;
    }

    /** Types the current TOTP code of a secret into the second-factor page and submits it. */
    public Browser enterCode(String base32Secret) {
        String code = Totp.code(Base32.decode(base32Secret), java.time.Instant.now());
        driver.findElement(By.id("code")).sendKeys(code);
        return clickAndWaitForNextPage(By.cssSelector("#contenuto form[action$='second-factor'] button[type=submit], "
                + "#contenuto form[action$='enrol'] button[type=submit]"));
    }

    /**
     * Clicks what leads to another page (a submit button, a link) and waits until the browser has left the
     * current document and loaded the next one, so that what follows reads the new page, never the old one.
     */
    public Browser clickAndWaitForNextPage(By by) {
        WebElement current = driver.findElement(By.tagName("html"));
        click(driver.findElement(by));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.withMessage(() -> "no next page after clicking " + by + "; still on " + driver.getCurrentUrl());
        wait.until(ExpectedConditions.stalenessOf(current));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return this;
    }

    /** Clicks an element after scrolling it to the middle of the window, where nothing at the window's edges covers it. */
    public Browser click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    /**
     * The whole page, not only the window, as PNG under target/screenshots: the window is made as tall as the page
     * for the picture, then given back its size, so that what follows clicks where it always did.
     */
    public Browser screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Dimension window = driver.manage().window().getSize();
        long page = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.max(window.getHeight(), page + 200)));
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } finally {
            driver.manage().window().setSize(window);
        }
        return this;
    }

    /** Runs axe-core on the page and fails on serious or critical violations, naming them. */
    @SuppressWarnings("unchecked")
    public Browser assertAccessible(String page) throws IOException, InterruptedException {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(AxeCore.script());
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                        + ".map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))"
                        + ".catch(e => done([{id: 'axe-error', impact: 'critical', nodes: [String(e)]}]));");
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
        assertThat(violations).as("serious or critical accessibility violations on " + page).isEmpty();
        return this;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
