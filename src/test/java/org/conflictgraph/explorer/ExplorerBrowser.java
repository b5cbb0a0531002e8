package org.conflictgraph.explorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium driven through chromedriver, at the size of a 1366x768
 * laptop screen. Nothing is downloaded: the browser and the driver are the installed ones
 * ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}, or the system properties
 * {@code explorer.chromium} and {@code explorer.chromedriver}); where they are missing
 * the tests are skipped with the reason.
 */
final class ExplorerBrowser implements AutoCloseable {

	static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final ChromeDriver driver;

	private final Path profile;

	private final String base;

	private ExplorerBrowser(ChromeDriver driver, Path profile, String base) {
		this.driver = driver;
		this.profile = profile;
		this.base = base;
	}

	private static Path chromium() {
		return Path.of(System.getProperty("explorer.chromium", "/usr/bin/chromium"));
	}

	private static Path chromedriver() {
		return Path.of(System.getProperty("explorer.chromedriver", "/usr/bin/chromedriver"));
	}

	/**
	 * Why the browser cannot run here, or {@code null} when Chromium and chromedriver are
	 * installed.
	 */
	static @Nullable String unavailable() {
		if (!Files.isExecutable(chromium())) {
			return "Browser test skipped: no Chromium at " + chromium()
					+ " (install the Debian packages chromium and chromium-driver, or set -Dexplorer.chromium)";
		}
		if (!Files.isExecutable(chromedriver())) {
			return "Browser test skipped: no chromedriver at " + chromedriver()
					+ " (install the Debian package chromium-driver, or set -Dexplorer.chromedriver)";
		}
		return null;
	}

	/** Skips the calling test (a JUnit assumption) when the browser cannot run here. */
	static void assumeInstalled() {
		String reason = unavailable();
		assumeTrue(reason == null, reason);
	}

	/** Starts the installed browser. */
	static ExplorerBrowser start(int port) throws IOException {
		assumeInstalled();
		Path chromium = chromium();
		Path chromedriver = chromedriver();
		// Selenium Manager must never try to download a driver or a browser.
		System.setProperty("SE_OFFLINE", "true");
		System.setProperty("webdriver.chrome.driver", chromedriver.toString());
		Path profile = Files.createTempDirectory("explorer-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + profile, "--window-size=1366,768", "--lang=en-US",
				// Loopback only: a page that still loads anything from a CDN fails here
				// as it
				// would without internet.
				"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
				// Everything else goes to a closed port (Chromium never proxies
				// loopback).
				"--proxy-server=http://127.0.0.1:9");
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().scriptTimeout(PATIENCE);
		return new ExplorerBrowser(driver, profile, "http://localhost:" + port + "/");
	}

	WebDriver driver() {
		return this.driver;
	}

	/**
	 * Opens the explorer, with a view in the fragment when given, and waits until it
	 * started.
	 */
	void open(String fragment) {
		// A new document every time: only the fragment would change otherwise.
		this.driver.get("about:blank");
		this.driver.get(this.base + (fragment.isEmpty() ? "" : "#" + fragment));
		waitUntil((d) -> "true".equals(attribute(By.tagName("body"), "data-started")));
	}

	/** Opens a page of the service other than the explorer, by its path. */
	void openPath(String path) {
		this.driver.get("about:blank");
		this.driver.get(this.base + path);
	}

	String base() {
		return this.base;
	}

	WebElement find(By by) {
		return this.driver.findElement(by);
	}

	List<WebElement> findAll(By by) {
		return this.driver.findElements(by);
	}

	@Nullable String attribute(By by, String name) {
		List<WebElement> found = this.driver.findElements(by);
		return found.isEmpty() ? null : found.get(0).getDomAttribute(name);
	}

	String graphAttribute(String name) {
		return Objects.requireNonNullElse(attribute(By.id("graph"), name), "");
	}

	int visibleNodeCount() {
		return Integer.parseInt(graphAttribute("data-node-count"));
	}

	<T> T waitUntil(Function<WebDriver, T> condition) {
		return new WebDriverWait(this.driver, PATIENCE).ignoring(RuntimeException.class).until(condition::apply);
	}

	/** Waits until no request is running and the layout has finished. */
	void waitUntilSettled() {
		waitUntil((d) -> "false".equals(attribute(By.tagName("body"), "data-busy"))
				&& "true".equals(graphAttribute("data-ready")));
	}

	@Nullable Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	/** The visible nodes' data, as {@code window.explorer.visible()} gives them. */
	@SuppressWarnings("unchecked")
	List<Map<String, Object>> visibleNodes() {
		return (List<Map<String, Object>>) Objects.requireNonNull(script("return window.explorer.visible().nodes"));
	}

	@SuppressWarnings("unchecked")
	List<Map<String, Object>> visibleEdges() {
		return (List<Map<String, Object>>) Objects.requireNonNull(script("return window.explorer.visible().edges"));
	}

	/**
	 * Every node in the graph, with {@code filtered: true} for those the filters hide.
	 */
	@SuppressWarnings("unchecked")
	List<Map<String, Object>> loadedNodes() {
		return (List<Map<String, Object>>) Objects.requireNonNull(script("return window.explorer.loaded().nodes"));
	}

	@SuppressWarnings("unchecked")
	List<Map<String, Object>> loadedEdges() {
		return (List<Map<String, Object>>) Objects.requireNonNull(script("return window.explorer.loaded().edges"));
	}

	List<String> visibleNodeIds() {
		return visibleNodes().stream().map((node) -> (String) node.get("id")).sorted().toList();
	}

	List<String> visibleEdgeIds() {
		return visibleEdges().stream().map((edge) -> (String) edge.get("id")).sorted().toList();
	}

	/** Double-clicks a node where the canvas draws it, as a person would. */
	void doubleClickNode(String id) {
		this.find(By.id("fit")).click();
		WebElement graph = find(By.id("graph"));
		@SuppressWarnings("unchecked")
		Map<String, Number> position = (Map<String, Number>) Objects.requireNonNull(
				script("return window.explorer.renderedPosition(arguments[0])", id), () -> id + " not drawn");
		int x = (int) Math.round(position.get("x").doubleValue() - graph.getRect().getWidth() / 2.0);
		int y = (int) Math.round(position.get("y").doubleValue() - graph.getRect().getHeight() / 2.0);
		new Actions(this.driver).moveToElement(graph, x, y).doubleClick().perform();
	}

	/** Saves what the browser shows as target/screenshots/{name}.png, a test artifact. */
	void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Path shot = this.driver.getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	@Override
	public void close() throws IOException {
		try {
			this.driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(this.profile)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
	}

}
