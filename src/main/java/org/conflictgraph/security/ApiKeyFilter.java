package org.conflictgraph.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.conflictgraph.shared.ErrorResponses;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the API key of a request ({@code X-API-Key}, else {@code Authorization: Bearer})
 * and puts the outcome into the security context: accepted with its name and role, or
 * rejected. A rejected key does not end the request here, so that GraphQL can answer with
 * a GraphQL error; what needs a role refuses it later. The key itself is never logged nor
 * kept.
 */
class ApiKeyFilter extends OncePerRequestFilter {

	static final String HEADER = "X-API-Key";

	/** The request attribute holding the outcome, for the GraphQL access check. */
	static final String ATTRIBUTE = ApiKeyFilter.class.getName() + ".authentication";

	private final AuthenticationProvider provider;

	private final FailedAuthentications failures;

	ApiKeyFilter(AuthenticationProvider provider, FailedAuthentications failures) {
		this.provider = provider;
		this.failures = failures;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = presentedKey(request);
		if (key != null) {
			String address = request.getRemoteAddr();
			if (this.failures.blocked(address)) {
				tooManyFailures(response, this.failures.retryAfterSeconds(address));
				return;
			}
			Authentication outcome;
			try {
				outcome = this.provider.authenticate(ApiKeyAuthentication.presented(key));
			}
			catch (AuthenticationException ex) {
				outcome = ApiKeyAuthentication.rejected();
				this.failures.failed(address);
			}
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(outcome);
			SecurityContextHolder.setContext(context);
			request.setAttribute(ATTRIBUTE, outcome);
		}
		chain.doFilter(request, response);
	}

	private static void tooManyFailures(HttpServletResponse response, long retryAfter) throws IOException {
		response.setHeader("Retry-After", Long.toString(retryAfter));
		ErrorResponses.write(response, 429, "UNAUTHORIZED", "Too many requests with a wrong API key from this address; "
				+ "retry in " + retryAfter + " s with a valid key");
	}

	static @Nullable String presentedKey(HttpServletRequest request) {
		String key = request.getHeader(HEADER);
		if (key != null && !key.isBlank()) {
			return key.trim();
		}
		String authorization = request.getHeader("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			String token = authorization.substring(7).trim();
			return token.isEmpty() ? null : token;
		}
		return null;
	}

}
