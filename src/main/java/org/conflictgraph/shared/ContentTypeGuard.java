package org.conflictgraph.shared;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request whose {@code Content-Type} is a wildcard ({@code *}{@code /*}) or not a media
 * type at all describes no body, and Spring's request handling fails on it before any
 * handler; this filter answers it first with a 415 in the GraphQL error shape.
 */
@Configuration(proxyBeanMethods = false)
class ContentTypeGuard {

	@Bean
	FilterRegistrationBean<Guard> contentTypeFilter() {
		FilterRegistrationBean<Guard> registration = new FilterRegistrationBean<>(new Guard());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	static final class Guard extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getContentType();
			if (header != null && !header.isBlank()) {
				String problem = null;
				try {
					MediaType type = MediaType.parseMediaType(header);
					if (type.isWildcardType() || type.isWildcardSubtype()) {
						problem = "The Content-Type " + type + " is a wildcard; name the body's type, such as "
								+ "application/json";
					}
				}
				catch (InvalidMediaTypeException ex) {
					problem = "The Content-Type is not a valid media type; name the body's type, such as "
							+ "application/json";
				}
				if (problem != null) {
					HttpErrors.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "BAD_REQUEST", problem);
					return;
				}
			}
			chain.doFilter(request, response);
		}

	}

}
