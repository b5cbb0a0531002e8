package org.conflictgraph.shared;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.coyote.CloseNowException;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * HTTP errors outside GraphQL (REST endpoints, exports, the container's error page) in
 * the same shape as GraphQL errors: {@code {"errors":[{"message":...,
 * "extensions":{"classification":...}}]}}, with the status HTTP prescribes (406 when the
 * {@code Accept} cannot be met, 415 for a content type the endpoint does not read). The
 * body is written directly, so it is sent even when the client accepts no JSON. Never a
 * stack trace, an HTML page or an exception's class name. Feature controllers' own
 * handlers come first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class HttpErrors {

	private static final Log logger = LogFactory.getLog(HttpErrors.class);

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	void unsupported(HttpMediaTypeNotSupportedException ex, HttpServletResponse response) throws IOException {
		write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "BAD_REQUEST", "The Content-Type "
				+ ((ex.getContentType() != null) ? ex.getContentType() + " " : "") + "is not accepted here; send "
				+ (ex.getSupportedMediaTypes().isEmpty() ? "application/json" : join(ex.getSupportedMediaTypes())));
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	void notAcceptable(HttpMediaTypeNotAcceptableException ex, HttpServletResponse response) throws IOException {
		write(response, HttpStatus.NOT_ACCEPTABLE, "BAD_REQUEST",
				"This endpoint cannot answer in a media type the request accepts"
						+ (ex.getSupportedMediaTypes().isEmpty() ? ""
								: "; it answers " + join(ex.getSupportedMediaTypes())));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	void unreadable(HttpMessageNotReadableException ex, HttpServletResponse response) throws IOException {
		write(response, HttpStatus.BAD_REQUEST, "BAD_REQUEST",
				"The request body could not be read: it is missing or not valid JSON");
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	void tooLarge(MaxUploadSizeExceededException ex, HttpServletResponse response) throws IOException {
		write(response, HttpStatus.CONTENT_TOO_LARGE, "BAD_REQUEST", "The upload is larger than this service accepts");
	}

	@ExceptionHandler(MultipartException.class)
	void multipart(MultipartException ex, HttpServletResponse response) throws IOException {
		write(response, HttpStatus.BAD_REQUEST, "BAD_REQUEST",
				"The multipart/form-data body could not be read; send the reports as application/json or "
						+ "application/x-ndjson");
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	void missing(MissingServletRequestParameterException ex, HttpServletResponse response) throws IOException {
		write(response, HttpStatus.BAD_REQUEST, "BAD_REQUEST",
				"The parameter " + ex.getParameterName() + " is required");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void mismatch(MethodArgumentTypeMismatchException ex, HttpServletResponse response) throws IOException {
		write(response, HttpStatus.BAD_REQUEST, "BAD_REQUEST",
				"The parameter " + ex.getName() + " has a value that is not valid here");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	void method(HttpRequestMethodNotSupportedException ex, HttpServletResponse response) throws IOException {
		if (ex.getSupportedHttpMethods() != null) {
			response.setHeader("Allow",
					String.join(", ", ex.getSupportedHttpMethods().stream().map(Object::toString).toList()));
		}
		write(response, HttpStatus.METHOD_NOT_ALLOWED, "BAD_REQUEST",
				"The method " + ex.getMethod() + " is not allowed here");
	}

	@ExceptionHandler(NoResourceFoundException.class)
	void notFound(NoResourceFoundException ex, HttpServletResponse response) throws IOException {
		write(response, HttpStatus.NOT_FOUND, "NOT_FOUND", "Nothing is served at /" + ex.getResourcePath());
	}

	private static String join(List<MediaType> types) {
		return String.join(" or ", types.stream().map(MediaType::toString).toList());
	}

	static void write(HttpServletResponse response, HttpStatus status, String classification, String message)
			throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.resetBuffer();
		response.setHeader("Cache-Control", "no-store");
		ErrorResponses.write(response, status.value(), classification, message);
	}

	static byte[] body(String classification, String message) {
		return ErrorResponses.body(classification, message);
	}

	/**
	 * The container's error page ({@code /error}): what reaches it was not answered by a
	 * handler, for example an error raised in a filter. The status stays; a 5xx says only
	 * that the failure is logged.
	 */
	@RestController
	static class ErrorPage implements ErrorController {

		@RequestMapping("${server.error.path:${error.path:/error}}")
		void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
			Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
			int status = (code instanceof Integer value) ? value : 500;
			HttpStatus resolved = HttpStatus.resolve(status);
			if (resolved == null || resolved.is2xxSuccessful()) {
				resolved = HttpStatus.INTERNAL_SERVER_ERROR;
			}
			if (resolved.is5xxServerError()) {
				Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
				// A download aborted on purpose (see export/ExportLimits) was logged
				// where it
				// was aborted, in one line.
				if (failure instanceof Throwable throwable && !(throwable instanceof CloseNowException)) {
					logger.error("Request to " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) + " failed",
							throwable);
				}
				write(response, resolved, "INTERNAL_ERROR", "The service failed to answer; the failure is logged");
				return;
			}
			String classification = switch (resolved) {
				case UNAUTHORIZED -> "UNAUTHORIZED";
				case FORBIDDEN -> "FORBIDDEN";
				case NOT_FOUND -> "NOT_FOUND";
				default -> "BAD_REQUEST";
			};
			write(response, resolved, classification, "The request was refused: " + resolved.getReasonPhrase());
		}

	}

}
