package org.conflictgraph.graphiql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Serves GraphiQL from the jar instead of Spring for GraphQL's page, whose scripts come
 * from a CDN and so stay on "Loading..." without internet. The page itself is
 * static/graphiql/index.html; it loads the examples from {@code /graphiql/examples}.
 */
@Controller
class GraphiQlController {

	private final List<Example> examples;

	GraphiQlController() {
		this.examples = load();
	}

	/** To the folder, so that the page's relative links resolve beneath it. */
	@GetMapping("/graphiql")
	String folder() {
		return "redirect:/graphiql/";
	}

	@GetMapping("/graphiql/")
	String page() {
		return "forward:/graphiql/index.html";
	}

	@GetMapping(path = "/graphiql/examples", produces = "application/json")
	@ResponseBody
	List<Example> examples() {
		return this.examples;
	}

	private static List<Example> load() {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:graphql/examples/*.graphql");
			return Arrays.stream(found)
				.sorted(Comparator.comparing((resource) -> Objects.requireNonNullElse(resource.getFilename(), "")))
				.map(GraphiQlController::example)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Example example(Resource resource) {
		String file = Objects.requireNonNullElse(resource.getFilename(), "example.graphql");
		try {
			return new Example(file.replaceFirst("\\.graphql$", ""),
					resource.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One example document, named after its file. */
	record Example(String name, String query) {
	}

}
