package org.conflictgraph.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.GraphQLError;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultGraphQlRequest;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphQL over HTTP at {@code /graphql}, ahead of Spring's own route: queries by POST
 * (JSON body) and by GET ({@code ?query=&variables=&operationName=&extensions=}),
 * mutations by POST only (GET answers 405). Every request that cannot be read answers a
 * 4xx with a GraphQL-shaped body ({@code errors[].message},
 * {@code extensions.classification}): a body that is not a JSON object 400, a content
 * type other than JSON 415, an {@code Accept} the service cannot answer 406. A GET answer
 * without errors carries an {@code ETag} and {@code Cache-Control}, so a proxy or the
 * browser can cache reads; {@code If-None-Match} answers 304. When the database is down
 * the status is 503. Queries then run through the same {@link WebGraphQlHandler} (and its
 * access check) as Spring's route.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlHttpEndpoint {

	static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

	static final MediaType GRAPHQL = MediaType.parseMediaType("application/graphql");

	/** Set in the GraphQL context of a GET request, so mutations can be refused. */
	static final String HTTP_GET = GraphQlHttpEndpoint.class.getName() + ".get";

	/** An error extension naming the methods allowed instead: the status becomes 405. */
	static final String ALLOW = "allow";

	private final WebGraphQlHandler handler;

	private final JsonMapper json;

	private final Duration maxAge;

	private final boolean privateReads;

	GraphQlHttpEndpoint(WebGraphQlHandler handler, @Value("${conflictgraph.graphql.get-max-age:60s}") Duration maxAge,
			@Value("${conflictgraph.security.require-key-for-reads:false}") boolean privateReads) {
		this.handler = handler;
		this.json = JsonMapper.builder().build();
		this.maxAge = maxAge;
		this.privateReads = privateReads;
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlEndpoint(@Value("${spring.graphql.http.path:/graphql}") String path) {
		return RouterFunctions.route()
			.route(RequestPredicates.path(path)
				.and(RequestPredicates.method(HttpMethod.GET).or(RequestPredicates.method(HttpMethod.POST)))
				.and((request) -> !acceptsEventStream(request)), this::handle)
			.build();
	}

	private static boolean acceptsEventStream(ServerRequest request) {
		try {
			return request.headers()
				.accept()
				.stream()
				.anyMatch((type) -> !type.isWildcardType() && !type.isWildcardSubtype()
						&& type.isCompatibleWith(MediaType.TEXT_EVENT_STREAM));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	ServerResponse handle(ServerRequest request) {
		boolean get = request.method() == HttpMethod.GET;
		MediaType responseType;
		try {
			responseType = responseType(request);
		}
		catch (InvalidMediaTypeException ex) {
			return refuse(HttpStatus.BAD_REQUEST, MediaType.APPLICATION_JSON,
					"The Accept header is not a valid media type list: " + ex.getMediaType());
		}
		if (responseType == null) {
			return refuse(HttpStatus.NOT_ACCEPTABLE, MediaType.APPLICATION_JSON,
					"This endpoint answers application/graphql-response+json or application/json; the request "
							+ "accepts neither (Accept: " + request.headers().header(HttpHeaders.ACCEPT) + ")");
		}
		Map<String, Object> body;
		try {
			body = get ? fromParameters(request) : fromBody(request);
		}
		catch (Refusal refusal) {
			return refuse(refusal.status, responseType, refusal.getMessage());
		}
		DefaultGraphQlRequest graphQl = new DefaultGraphQlRequest((String) body.get("query"),
				(String) body.get("operationName"), map(body.get("variables")), map(body.get("extensions")));
		WebGraphQlRequest webRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
				cookies(request), request.remoteAddress().orElse(null), request.attributes(), graphQl,
				request.servletRequest().getRequestId(), request.servletRequest().getLocale());
		if (get) {
			webRequest.configureExecutionInput(
					(input, builder) -> builder.graphQLContext(Map.of(HTTP_GET, Boolean.TRUE)).build());
		}
		String ifNoneMatch = request.headers().firstHeader(HttpHeaders.IF_NONE_MATCH);
		CompletableFuture<ServerResponse> answer = this.handler.handleRequest(webRequest)
			.map((response) -> respond(response, responseType, get, ifNoneMatch))
			.toFuture();
		if (answer.isDone() && !answer.isCompletedExceptionally()) {
			// The usual case: execution is synchronous, so the answer is ready. Answering
			// it here saves the servlet container's asynchronous dispatch, which would
			// run
			// the request through the filter chain a second time.
			return answer.join();
		}
		return ServerResponse.async(answer);
	}

	private ServerResponse respond(WebGraphQlResponse response, MediaType responseType, boolean get,
			@Nullable String ifNoneMatch) {
		byte[] bytes = this.json.writeValueAsBytes(response.toMap());
		HttpStatus status = status(response, responseType);
		ServerResponse.BodyBuilder builder = ServerResponse.status(status)
			.headers((headers) -> headers.putAll(response.getResponseHeaders()))
			.contentType(withCharset(responseType));
		if (status == HttpStatus.METHOD_NOT_ALLOWED) {
			builder.header(HttpHeaders.ALLOW, "POST");
		}
		if (get && status == HttpStatus.OK && response.getErrors().isEmpty()) {
			String etag = etag(bytes);
			builder.header(HttpHeaders.ETAG, etag)
				.header(HttpHeaders.CACHE_CONTROL,
						(this.privateReads ? "private" : "public") + ", max-age=" + this.maxAge.toSeconds())
				.header(HttpHeaders.VARY, "Accept, X-API-Key, Authorization");
			if (ifNoneMatch != null && (ifNoneMatch.equals(etag) || ifNoneMatch.equals("W/" + etag)
					|| ifNoneMatch.trim().equals("*"))) {
				return ServerResponse.status(HttpStatus.NOT_MODIFIED)
					.header(HttpHeaders.ETAG, etag)
					.header(HttpHeaders.CACHE_CONTROL,
							(this.privateReads ? "private" : "public") + ", max-age=" + this.maxAge.toSeconds())
					.build();
			}
		}
		else {
			builder.header(HttpHeaders.CACHE_CONTROL, "no-store");
		}
		return builder.body(bytes);
	}

	private static HttpStatus status(WebGraphQlResponse response, MediaType responseType) {
		for (ResponseError error : response.getErrors()) {
			if (error.getErrorType() == ServiceErrorType.UNAVAILABLE) {
				return HttpStatus.SERVICE_UNAVAILABLE;
			}
			if (error.getExtensions().containsKey(ALLOW)) {
				return HttpStatus.METHOD_NOT_ALLOWED;
			}
		}
		if (GRAPHQL_RESPONSE.equalsTypeAndSubtype(responseType) && !response.isValid()) {
			return HttpStatus.BAD_REQUEST;
		}
		return HttpStatus.OK;
	}

	/**
	 * The media type to answer in: the first of the client's {@code Accept} (by quality)
	 * that the service produces; no {@code Accept} means JSON; null when none fits.
	 */
	private static @Nullable MediaType responseType(ServerRequest request) {
		List<MediaType> accepted = new ArrayList<>(request.headers().accept());
		if (accepted.isEmpty()) {
			return MediaType.APPLICATION_JSON;
		}
		accepted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
		for (MediaType type : accepted) {
			if (type.getQualityValue() == 0) {
				continue;
			}
			if (type.isWildcardType() || type.isWildcardSubtype()) {
				// GraphQL over HTTP: a client that accepts anything gets
				// application/json.
				if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
					return MediaType.APPLICATION_JSON;
				}
				continue;
			}
			for (MediaType produced : List.of(GRAPHQL_RESPONSE, MediaType.APPLICATION_JSON)) {
				if (type.isCompatibleWith(produced)) {
					return produced;
				}
			}
		}
		return null;
	}

	private Map<String, Object> fromParameters(ServerRequest request) throws Refusal {
		Map<String, Object> body = new LinkedHashMap<>();
		MultiValueMap<String, String> parameters = request.params();
		for (String name : List.of("query", "operationName")) {
			String value = single(parameters, name);
			if (value != null) {
				body.put(name, value);
			}
		}
		for (String name : List.of("variables", "extensions")) {
			String value = single(parameters, name);
			if (value != null && !value.isEmpty()) {
				body.put(name, parseJson(value, "The " + name + " parameter"));
			}
		}
		return check(body);
	}

	private static @Nullable String single(MultiValueMap<String, String> parameters, String name) throws Refusal {
		List<String> values = parameters.get(name);
		if (values == null || values.isEmpty()) {
			return null;
		}
		if (values.size() > 1) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "The parameter " + name + " is given more than once");
		}
		return values.get(0);
	}

	private Map<String, Object> fromBody(ServerRequest request) throws Refusal {
		MediaType contentType;
		try {
			contentType = request.headers().contentType().orElse(null);
		}
		catch (InvalidMediaTypeException ex) {
			throw new Refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"The Content-Type is not a valid media type; send application/json");
		}
		if (contentType == null || contentType.isWildcardType() || contentType.isWildcardSubtype()) {
			throw new Refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"Send the request as Content-Type: application/json, a JSON object with query, variables "
							+ "and operationName");
		}
		byte[] bytes;
		try {
			bytes = request.servletRequest().getInputStream().readAllBytes();
		}
		catch (IOException ex) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "The request body could not be read completely");
		}
		if (GRAPHQL.equalsTypeAndSubtype(contentType)) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("query", new String(bytes, StandardCharsets.UTF_8));
			return check(body);
		}
		if (!MediaType.APPLICATION_JSON.equalsTypeAndSubtype(contentType)) {
			throw new Refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The Content-Type " + contentType.getType() + "/"
					+ contentType.getSubtype() + " is not supported; send application/json");
		}
		Object parsed = parseJson(new String(bytes, StandardCharsets.UTF_8), "The request body");
		if (!(parsed instanceof Map<?, ?> map)) {
			throw new Refusal(HttpStatus.BAD_REQUEST,
					"The request body must be a JSON object with query, variables and operationName, was "
							+ jsonKind(parsed));
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> body = (Map<String, Object>) map;
		return check(body);
	}

	private @Nullable Object parseJson(String text, String what) throws Refusal {
		if (text.isBlank()) {
			throw new Refusal(HttpStatus.BAD_REQUEST, what + " is empty; it must be JSON");
		}
		try {
			// Straight to maps and lists: no tree in between.
			return this.json.readValue(text, Object.class);
		}
		catch (JacksonException ex) {
			String where = (ex.getLocation() != null)
					? " (line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")"
					: "";
			throw new Refusal(HttpStatus.BAD_REQUEST, what + " is not valid JSON" + where);
		}
	}

	private static Map<String, Object> check(Map<String, Object> body) throws Refusal {
		Object query = body.get("query");
		if (query != null && !(query instanceof String)) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "query must be a string, was " + jsonKind(query));
		}
		Object operationName = body.get("operationName");
		if (operationName != null && !(operationName instanceof String)) {
			throw new Refusal(HttpStatus.BAD_REQUEST,
					"operationName must be a string or null, was " + jsonKind(operationName));
		}
		for (String name : Set.of("variables", "extensions")) {
			Object value = body.get(name);
			if (value != null && !(value instanceof Map)) {
				throw new Refusal(HttpStatus.BAD_REQUEST,
						name + " must be a JSON object or null, was " + jsonKind(value));
			}
		}
		boolean persisted = body.get("extensions") instanceof Map<?, ?> extensions
				&& extensions.get("persistedQuery") != null;
		if ((query == null || ((String) query).isBlank()) && !persisted) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "The request has no query: send the GraphQL document as query");
		}
		if (query == null || ((String) query).isBlank()) {
			body.put("query", PersistedQuerySupport.PERSISTED_QUERY_MARKER);
		}
		return body;
	}

	private static String jsonKind(@Nullable Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof Map) {
			return "an object";
		}
		if (value instanceof List) {
			return "an array (batched requests are not supported)";
		}
		if (value instanceof String) {
			return "a string";
		}
		if (value instanceof Number) {
			return "a number";
		}
		if (value instanceof Boolean) {
			return "a boolean";
		}
		return "something else";
	}

	@SuppressWarnings("unchecked")
	private static @Nullable Map<String, Object> map(@Nullable Object value) {
		return (Map<String, Object>) value;
	}

	private static MultiValueMap<String, HttpCookie> cookies(ServerRequest request) {
		MultiValueMap<String, HttpCookie> cookies = new LinkedMultiValueMap<>();
		request.cookies()
			.forEach((name, values) -> values
				.forEach((cookie) -> cookies.add(name, new HttpCookie(cookie.getName(), cookie.getValue()))));
		return cookies;
	}

	private ServerResponse refuse(HttpStatus status, MediaType type, String message) {
		GraphQLError error = GraphQLError.newError().errorType(ErrorType.BAD_REQUEST).message(message).build();
		Map<String, Object> body = Map.of("errors", List.of(error.toSpecification()));
		return ServerResponse.status(status)
			.contentType(withCharset(type))
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(this.json.writeValueAsBytes(body));
	}

	private static MediaType withCharset(MediaType type) {
		return new MediaType(type, StandardCharsets.UTF_8);
	}

	private static String etag(byte[] bytes) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
			return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Why a request cannot be read. */
	private static final class Refusal extends Exception {

		private final HttpStatus status;

		Refusal(HttpStatus status, String message) {
			super(message, null, false, false);
			this.status = status;
		}

	}

}
