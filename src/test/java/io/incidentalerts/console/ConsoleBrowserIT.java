package io.incidentalerts.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.incidentalerts.IncidentService;
import io.incidentalerts.alert.AlertFactory;
import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.kafka.ArticlePublisher;
import io.incidentalerts.support.ArticleRecords;
import io.incidentalerts.support.KafkaPerClass;
import io.incidentalerts.support.ServiceConfigs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The operator's console in a real browser (Debian's headless Chromium) against the service on a real
 * broker, with an API token set: the page asks for the token, shows the bundled samples, then an article
 * produced to the input topic appears in the list and on the map without a reload, a filter hides and
 * shows it, its panel highlights the evidence, and a follow-up's UPDATE changes the toll shown.
 */
class ConsoleBrowserIT {

    static final String TOKEN = "console-it-token";
    private static final Duration LIVE = Duration.ofSeconds(20);

    @RegisterExtension
    static final KafkaPerClass kafka = new KafkaPerClass();
    @TempDir
    static Path dir;

    private static IncidentService service;
    private static ChromeDriver browser;
    private static String prefix;

    @BeforeAll
    static void start() {
        prefix = "console-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        service = IncidentService.start(ServiceConfigs.isolated(kafka.bootstrapServers(), prefix, dir.resolve("state"),
                Map.of("http.api.token", TOKEN, "http.advertised.host", "localhost")),
                IncidentClassifier.loadDefault(), Clock.systemUTC());
        await().atMost(Duration.ofSeconds(90)).until(() -> service.state() == KafkaStreams.State.RUNNING);
        browser = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.close();
        }
    }

    @Test
    void liveIncidentsOnTheMapAndInTheListWithTheirEvidence() throws Exception {
        publish(ArticleRecords.samples());
        // The samples are in the incident store before the page loads, so they come with its snapshot.
        await().atMost(Duration.ofSeconds(60)).until(() -> Api.get(service, "/api/incidents", TOKEN).body()
                .contains("\"count\":9"));

        browser.get(service.httpAddress() + "/");
        WebElement tokenInput = live().until(() -> visible(By.cssSelector("#token-dialog input")),
                e -> e != null);
        tokenInput.sendKeys(TOKEN);
        browser.findElement(By.cssSelector("#token-form button")).click();
        live().until(() -> browser.findElements(By.cssSelector("#list li.incident")).size() == 9);
        assertThat(browser.findElements(By.cssSelector("path.incident-marker"))).as("every sample incident has a place")
                .hasSize(9);
        live().until(() -> "live".equals(browser.findElement(By.id("live")).getText()));

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String first = article("console-kabul-" + UUID.randomUUID(), "Console Wire", now.minus(Duration.ofHours(3)),
                "Gunmen kill 5 at market in Kabul", "Gunmen killed five people and wounded eight at a crowded market"
                        + " in Kabul, Afghanistan, on Monday, police said.");
        String incidentId = AlertFactory.incidentId(idOf(first));
        publish(List.of(first.getBytes(StandardCharsets.UTF_8)));
        By item = By.cssSelector("#list li[data-incident='" + incidentId + "']");
        By marker = By.cssSelector("path.marker-" + incidentId);
        live().until(() -> !browser.findElements(item).isEmpty() && !browser.findElements(marker).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#list li.incident")).get(0).getAttribute("data-incident"))
                .as("newest first").isEqualTo(incidentId);
        assertThat(browser.findElement(item).getText()).contains("killed 5, injured 8").contains("Kabul");

        choose("category", "BOMBING");
        live().until(() -> browser.findElements(item).isEmpty() && browser.findElements(marker).isEmpty());
        choose("category", "ARMED_ASSAULT");
        live().until(() -> !browser.findElements(item).isEmpty() && !browser.findElements(marker).isEmpty());
        choose("category", "");

        browser.findElement(item).click();
        live().until(() -> browser.findElement(By.id("panel")).isDisplayed()
                && incidentId.equals(browser.findElement(By.id("panel-body")).getAttribute("data-incident")));
        WebElement panel = browser.findElement(By.id("panel-body"));
        assertThat(panel.findElement(By.cssSelector("dd.field-killed")).getText()).isEqualTo("5");
        assertThat(panel.findElement(By.cssSelector("dd.field-precision")).getText()).isEqualTo("CITY");
        WebElement killed = panel.findElement(By.cssSelector("li.quote[data-field='killed']"));
        assertThat(killed.findElement(By.cssSelector("mark")).getText()).isEqualTo("killed five people");
        assertThat(killed.findElement(By.cssSelector("q.sentence")).getText())
                .isEqualTo("Gunmen killed five people and wounded eight at a crowded market in Kabul, Afghanistan,"
                        + " on Monday, police said.");
        assertThat(killed.findElement(By.cssSelector(".field-label")).getText()).isEqualToIgnoringCase("killed");
        assertThat(panel.findElements(By.cssSelector("li.quote[data-field='location'] mark")))
                .extracting(WebElement::getText).containsExactly("Kabul");
        screenshot("console-panel.png");

        String followUp = article("console-kabul-" + UUID.randomUUID(), "Console Daily", now.minus(Duration.ofHours(1)),
                "Death toll from Kabul market attack rises to 9", "The death toll from Monday's attack by gunmen on a"
                        + " crowded market in Kabul, Afghanistan, has risen to nine, police said. Eight people were"
                        + " wounded when the gunmen opened fire at the market.");
        publish(List.of(followUp.getBytes(StandardCharsets.UTF_8)));
        live().until(() -> browser.findElement(item).getText().contains("killed 9, injured 8"));
        live().until(() -> "9".equals(browser.findElement(By.cssSelector("#panel-body dd.field-killed"))
                .getText()));
        assertThat(browser.findElement(By.cssSelector("#panel-body li.version[data-version='2'] .version-head"))
                .getText()).contains("UPDATE").contains("casualties");
        assertThat(browser.findElement(By.cssSelector("#panel-body dd.field-corroboration")).getText())
                .contains("corroborated by 2");
        browser.findElement(By.id("panel-close")).click();
        screenshot("console-map.png");

        Object elsewhere = browser.executeScript("return performance.getEntriesByType('resource')"
                + ".map(e => e.name).filter(u => !u.startsWith(location.origin + '/'))");
        assertThat((List<?>) elsewhere).as("requests to another host").isEmpty();

        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()).toList();
        assertThat(errors).as("console errors and warnings").isEmpty();
    }

    @Test
    void theStreamNeedsTheTokenToo() throws Exception {
        assertThat(Api.get(service, "/api/incidents/stream", null).statusCode()).isEqualTo(401);
        assertThat(Api.get(service, "/api/incidents/stream", "wrong").statusCode()).isEqualTo(401);
    }

    /** The list and the panel are drawn anew on each event, so an element found may be gone when read. */
    private static org.awaitility.core.ConditionFactory live() {
        return await().atMost(LIVE).ignoreException(StaleElementReferenceException.class);
    }

    private static void choose(String filter, String value) {
        browser.findElement(By.cssSelector("select[name='" + filter + "'] option[value='" + value + "']")).click();
    }

    private WebElement visible(By by) {
        List<WebElement> found = browser.findElements(by);
        return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
    }

    private static void screenshot(String name) throws Exception {
        Path target = Path.of("target", name);
        Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
    }

    private static void publish(List<byte[]> records) throws Exception {
        try (ArticlePublisher p = new ArticlePublisher(Map.of("bootstrap.servers", kafka.bootstrapServers()),
                prefix + "articles")) {
            p.publishAll(records);
        }
    }

    private static String article(String id, String source, Instant published, String title, String body) {
        return io.incidentalerts.alert.Json.MAPPER.createObjectNode().put("id", id).put("source", source)
                .put("title", title).put("body", body).put("publishedAt", published.toString())
                .put("language", "en").toString();
    }

    private static String idOf(String json) throws Exception {
        return io.incidentalerts.alert.Json.MAPPER.readTree(json).get("id").asText();
    }
}
