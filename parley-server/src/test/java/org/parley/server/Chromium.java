package org.parley.server;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/** Debian's chromium and chromium-driver, headless, with a fresh profile and no network of its own. */
final class Chromium {
    static final Path BROWSER = Path.of(System.getProperty("parley.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("parley.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {}

    static boolean available() { return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER); }

    static String missing() {
        return "chromium or chromium-driver missing (" + BROWSER + ", " + DRIVER + "): browser tests skipped;"
                + " install them with apt-get install -y chromium chromium-driver (.ci/run does)";
    }

    static ChromeDriver start(Path profile, int width, int height) {
        ChromeOptions o = new ChromeOptions();
        o.setBinary(BROWSER.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=" + width + "," + height, "--lang=en-GB");
        o.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().withLogFile(new File(System.getProperty("java.io.tmpdir"), "parley-chromedriver.log")).build();
        ChromeDriver d = new ChromeDriver(service, o);
        d.manage().window().setSize(new Dimension(width, height));
        return d;
    }

    /** Console messages at level SEVERE (errors, failed loads) since the last call. */
    static List<String> consoleErrors(ChromeDriver d) {
        return d.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }
}
