package io.incidentalerts.console;

import io.incidentalerts.support.Executables;
import java.nio.file.Path;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium from Debian's packages ({@code chromium}, {@code chromium-driver}), driven through
 * chromedriver, with the page's console messages kept for the test to read.
 */
final class Chromium {

    private static final String INSTALL = "apt-get install -y chromium chromium-driver";

    private Chromium() {
    }

    static ChromeDriver start() {
        Path browser = Executables.require("chromium", INSTALL);
        Path driver = Executables.require("chromedriver", INSTALL);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,900", "--disable-extensions", "--no-first-run", "--disable-background-networking");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
