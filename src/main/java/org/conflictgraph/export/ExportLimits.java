package org.conflictgraph.export;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.apache.coyote.CloseNowException;
import org.conflictgraph.shared.ErrorResponses;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every download under {@code /export/}, whatever its format: at most
 * {@code max-concurrent} run at once (more answer 503 with {@code Retry-After} at once,
 * before any work), each may write at most {@code max-size} and run at most
 * {@code timeout}. Past the size cap a download that has not started answers 413; one
 * that has started is aborted (the connection closes without the end of the chunked
 * body), so that no client mistakes a cut-off file for a whole one. Applied as a filter,
 * so new export endpoints are covered without knowing about it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExportLimits.Properties.class)
class ExportLimits {

	@Bean
	FilterRegistrationBean<Limit> exportLimit(Properties properties) {
		FilterRegistrationBean<Limit> registration = new FilterRegistrationBean<>(new Limit(properties));
		registration.addUrlPatterns("/export/*");
		// After security, so refused reads take no permit.
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
		return registration;
	}

	/**
	 * Limits of the exports.
	 *
	 * @param maxConcurrent downloads that may run at once
	 * @param maxSize most bytes one download may write
	 * @param timeout longest one download may run
	 */
	@ConfigurationProperties("conflictgraph.export.limits")
	record Properties(@DefaultValue("4") int maxConcurrent, @DefaultValue("1GB") DataSize maxSize,
			@DefaultValue("10m") Duration timeout) {

	}

	static final class Limit extends OncePerRequestFilter {

		private final Properties properties;

		private final Semaphore permits;

		Limit(Properties properties) {
			this.properties = properties;
			this.permits = new Semaphore(properties.maxConcurrent());
		}

		@Override
		protected boolean shouldNotFilterAsyncDispatch() {
			return false;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (isAsyncDispatch(request)) {
				// The download ended (or failed) on another thread; its permit is
				// released by
				// the async listener. Here only a cap exceeded mid-download is turned
				// into an
				// aborted connection, which the container does without logging a stack
				// trace.
				try {
					chain.doFilter(request, response);
				}
				catch (ServletException ex) {
					if (rootCause(ex) instanceof TooLarge tooLarge && response.isCommitted()) {
						throw new CloseNowException(tooLarge.getMessage());
					}
					throw ex;
				}
				return;
			}
			if (!this.permits.tryAcquire()) {
				response.setHeader("Retry-After", "10");
				ErrorResponses.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "UNAVAILABLE",
						this.properties.maxConcurrent() + " exports are running, the most this service runs at once "
								+ "(conflictgraph.export.limits.max-concurrent); retry in a few seconds");
				return;
			}
			AtomicBoolean released = new AtomicBoolean();
			Runnable release = () -> {
				if (released.compareAndSet(false, true)) {
					this.permits.release();
				}
			};
			try {
				chain.doFilter(request, new Capped(response, this.properties.maxSize().toBytes()));
			}
			finally {
				if (request.isAsyncStarted()) {
					request.getAsyncContext().setTimeout(this.properties.timeout().toMillis());
					request.getAsyncContext().addListener(new Release(release));
				}
				else {
					release.run();
				}
			}
		}

	}

	private static Throwable rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	private record Release(Runnable release) implements AsyncListener {

		@Override
		public void onComplete(AsyncEvent event) {
			this.release.run();
		}

		@Override
		public void onTimeout(AsyncEvent event) {
			this.release.run();
		}

		@Override
		public void onError(AsyncEvent event) {
			this.release.run();
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
			event.getAsyncContext().addListener(this);
		}

	}

	/** An export went past {@code max-size}. */
	static final class TooLarge extends RuntimeException {

		TooLarge(long cap) {
			super("The export is larger than " + DataSize.ofBytes(cap).toKilobytes()
					+ " KB, the most this service sends at once (conflictgraph.export.limits.max-size); "
					+ "select less with dateFrom, dateTo, eventTypes, kinds or around");
		}

	}

	/** A response that refuses to write more than its cap. */
	private static final class Capped extends HttpServletResponseWrapper {

		private final long cap;

		private ServletOutputStream out;

		private long written;

		Capped(HttpServletResponse response, long cap) {
			super(response);
			this.cap = cap;
		}

		/**
		 * A reset before anything was sent (an error answer instead) starts the count
		 * anew.
		 */
		@Override
		public void reset() {
			super.reset();
			this.written = 0;
		}

		@Override
		public void resetBuffer() {
			super.resetBuffer();
			this.written = 0;
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (this.out == null) {
				ServletOutputStream delegate = super.getOutputStream();
				this.out = new ServletOutputStream() {

					private void count(long bytes) {
						Capped.this.written += bytes;
						if (Capped.this.written > Capped.this.cap) {
							// Unchecked on purpose: Spring reads an IOException while
							// writing a
							// response as a client that went away and ends the body
							// cleanly.
							throw new TooLarge(Capped.this.cap);
						}
					}

					@Override
					public void write(int b) throws IOException {
						count(1);
						delegate.write(b);
					}

					@Override
					public void write(byte[] bytes, int offset, int length) throws IOException {
						count(length);
						delegate.write(bytes, offset, length);
					}

					@Override
					public void flush() throws IOException {
						delegate.flush();
					}

					@Override
					public void close() throws IOException {
						delegate.close();
					}

					@Override
					public boolean isReady() {
						return delegate.isReady();
					}

					@Override
					public void setWriteListener(WriteListener listener) {
						delegate.setWriteListener(listener);
					}

				};
			}
			return this.out;
		}

	}

}
