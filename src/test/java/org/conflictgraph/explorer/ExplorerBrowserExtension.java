package org.conflictgraph.explorer;

import java.io.IOException;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One headless Chromium per test class, pointed at the service's random port and limited
 * to loopback (see {@link ExplorerBrowser}); a test gets it as an {@link ExplorerBrowser}
 * parameter. Where Chromium or chromedriver is missing, every test of the class is
 * skipped with the reason. When a test fails, what the browser showed is saved as
 * {@code target/screenshots/failed-<class>-<test>.png}. The browser quits after the
 * class.
 */
class ExplorerBrowserExtension
		implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, ParameterResolver, TestWatcher {

	private static final Namespace NAMESPACE = Namespace.create(ExplorerBrowserExtension.class);

	private static final String BROWSER = "browser";

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		if (ExplorerBrowser.unavailable() == null) {
			int port = SpringExtension.getApplicationContext(context)
				.getEnvironment()
				.getRequiredProperty("local.server.port", Integer.class);
			context.getStore(NAMESPACE).put(BROWSER, ExplorerBrowser.start(port));
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		ExplorerBrowser.assumeInstalled();
	}

	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		ExplorerBrowser browser = context.getStore(NAMESPACE).remove(BROWSER, ExplorerBrowser.class);
		if (browser != null) {
			browser.close();
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == ExplorerBrowser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		ExplorerBrowser browser = browser(context);
		if (browser == null) {
			ExplorerBrowser.assumeInstalled();
			throw new IllegalStateException("The browser did not start");
		}
		return browser;
	}

	@Override
	public void testFailed(ExtensionContext context, @Nullable Throwable cause) {
		ExplorerBrowser browser = browser(context);
		if (browser != null) {
			try {
				browser.screenshot("failed-" + context.getRequiredTestClass().getSimpleName() + "-"
						+ context.getRequiredTestMethod().getName());
			}
			catch (IOException | RuntimeException ex) {
				// The failure itself is what the report must show.
				if (cause != null) {
					cause.addSuppressed(ex);
				}
			}
		}
	}

	private static @Nullable ExplorerBrowser browser(ExtensionContext context) {
		// A test's store falls back to its class's, where the browser lives.
		return context.getStore(NAMESPACE).get(BROWSER, ExplorerBrowser.class);
	}

}
