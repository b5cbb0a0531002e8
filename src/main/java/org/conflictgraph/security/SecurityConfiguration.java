package org.conflictgraph.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.conflictgraph.shared.ParsedDocuments;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Who may do what over HTTP. GraphQL decides per operation ({@link GraphQlAccess}), so
 * {@code /graphql} is open at this level; every other write (any method but GET, HEAD and
 * OPTIONS, such as {@code POST /api/reports}) needs an editor key; {@code GET /api/**}
 * and {@code /export/**} need a key when reads do. GraphiQL, health, info and static
 * resources stay open. No sessions, no cookies, so no CSRF: a key travels in a header on
 * every request.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	/**
	 * Paths that serve the graph's content outside GraphQL: locked when reads need a key.
	 */
	static final String[] READ_PATHS = { "/api/**", "/export/**" };

	private final JsonMapper json = JsonMapper.builder().build();

	@Bean
	ApiKeyAuthenticationProvider apiKeyAuthenticationProvider(AccessProperties properties) {
		return new ApiKeyAuthenticationProvider(properties);
	}

	@Bean
	GraphQlAccess graphQlAccess(AccessProperties properties, ParsedDocuments documents) {
		return new GraphQlAccess(properties.requireKeyForReads(), documents);
	}

	@Bean
	SecurityFilterChain api(HttpSecurity http, ApiKeyAuthenticationProvider keys, AccessProperties properties)
			throws Exception {
		http.csrf(AbstractHttpConfigurer::disable).cors((cors) -> {
		})
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new ApiKeyFilter(keys, new FailedAuthentications(properties.maxFailuresPerMinute())),
					AnonymousAuthenticationFilter.class)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint())
				.accessDeniedHandler(accessDeniedHandler()))
			.authorizeHttpRequests((requests) -> {
				// The original request was authorized; its async and error dispatches are
				// parts of the same answer.
				requests.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll();
				requests.requestMatchers("/graphql", "/graphiql", "/graphiql/**").permitAll();
				requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
				requests.requestMatchers(HttpMethod.OPTIONS, "/**").permitAll();
				if (properties.requireKeyForReads()) {
					for (String path : READ_PATHS) {
						requests.requestMatchers(HttpMethod.GET, path).hasRole(Role.READER.name());
						requests.requestMatchers(HttpMethod.HEAD, path).hasRole(Role.READER.name());
					}
				}
				requests.requestMatchers(HttpMethod.GET, "/**").permitAll();
				requests.requestMatchers(HttpMethod.HEAD, "/**").permitAll();
				requests.anyRequest().hasRole(Role.EDITOR.name());
			});
		return http.build();
	}

	@Bean
	CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOriginPatterns(properties.allowedOrigins());
		configuration.setAllowedMethods(List.of("GET", "HEAD", "POST", "OPTIONS"));
		configuration.setAllowedHeaders(List.of("Content-Type", "Accept", ApiKeyFilter.HEADER, "Authorization"));
		configuration.setAllowCredentials(false);
		configuration.setMaxAge(properties.maxAge());
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", configuration);
		return source;
	}

	private AuthenticationEntryPoint entryPoint() {
		return (request, response, exception) -> write(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED",
				"This needs an API key: " + GraphQlAccess.KEY_HINT);
	}

	private AccessDeniedHandler accessDeniedHandler() {
		return (request, response, exception) -> {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication instanceof ApiKeyAuthentication key && key.isRejected()) {
				write(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED",
						"The API key is not valid: " + GraphQlAccess.KEY_HINT + " with a key the service knows");
			}
			else if (authentication == null || TRUST.isAnonymous(authentication)) {
				write(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED",
						"This needs an API key: " + GraphQlAccess.KEY_HINT);
			}
			else {
				write(response, HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN", "The API key '"
						+ authentication.getName() + "' may not do this: writes need a key with the EDITOR role");
			}
		};
	}

	private void write(HttpServletResponse response, int status, String error, String message) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (status == HttpServletResponse.SC_UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Bearer realm=\"conflict-graph\"");
		}
		// GraphQL-shaped like every other error, with the older top-level fields kept.
		response.getWriter()
			.write(this.json.writeValueAsString(java.util.Map.of("error", error, "message", message, "errors", List
				.of(java.util.Map.of("message", message, "extensions", java.util.Map.of("classification", error))))));
	}

}
