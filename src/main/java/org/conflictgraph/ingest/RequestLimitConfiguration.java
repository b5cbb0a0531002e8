package org.conflictgraph.ingest;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.conflictgraph.shared.ErrorResponses;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds what {@code /graphql} reads: Spring reads a GraphQL request whole, so without a
 * bound one request could fill the heap. The bound is the report limit plus room for the
 * query and other variables; {@code POST /api/reports} streams and has its own bound.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimitConfiguration {

	static final long QUERY_ROOM = 64 * 1024;

	@Bean
	FilterRegistrationBean<GraphQlRequestLimit> graphQlRequestLimit(IngestProperties properties) {
		var registration = new FilterRegistrationBean<>(
				new GraphQlRequestLimit(properties.maxReportBytes().toBytes() + QUERY_ROOM));
		registration.addUrlPatterns("/graphql");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	static final class GraphQlRequestLimit extends OncePerRequestFilter {

		private final long limit;

		GraphQlRequestLimit(long limit) {
			this.limit = limit;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getContentLengthLong() > this.limit) {
				ErrorResponses.write(response, 413, "BAD_REQUEST",
						"The request is " + request.getContentLengthLong() + " bytes, more than the limit of "
								+ this.limit + " (conflictgraph.ingest.max-report-bytes plus 64 KB)");
				return;
			}
			chain.doFilter(new Limited(request, this.limit), response);
		}

	}

	/**
	 * A request whose body ends in an error past the limit, for bodies without a length.
	 */
	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			return new ServletInputStream() {

				private long count;

				@Override
				public int read() throws IOException {
					int b = in.read();
					if (b != -1 && ++this.count > Limited.this.limit) {
						throw new IOException("The request body exceeds " + Limited.this.limit + " bytes");
					}
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = in.read(buffer, offset, length);
					if (n > 0 && (this.count += n) > Limited.this.limit) {
						throw new IOException("The request body exceeds " + Limited.this.limit + " bytes");
					}
					return n;
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}

			};
		}

	}

}
