package org.conflictgraph.draft;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar conflict-graph.jar draft --published=YYYY-MM-DD --publisher=NAME
 * [--title=...] [--url=...] [--id=source:...] FILE.txt}: prints the drafted report as
 * JSON, with the reference gazetteer only (no database is started, so nothing links to
 * existing nodes; the service's {@code POST /api/drafts} links against the graph).
 * Warnings go to standard error. Exit code 0, or 2 for wrong usage.
 */
public final class DraftCommand {

	/** Start the command with this first argument. */
	public static final String NAME = "draft";

	private static final String USAGE = """
			Usage: java -jar conflict-graph.jar draft --published=YYYY-MM-DD --publisher=NAME [options] FILE.txt

			Drafts a report from an article's text and prints it as JSON (warnings on standard error).
			  --published=DATE   publication date; "Tuesday" and "January" are resolved against it
			  --publisher=NAME   the outlet, by name or media-outlet:... id
			  --title=TEXT       the headline
			  --url=URL          where it was published
			  --id=source:...    the source id (default: from publisher, date and title)
			""";

	private DraftCommand() {
	}

	/** Runs the command and returns the exit code. */
	public static int run(String... args) {
		return execute(System.out, System.err, args);
	}

	static int execute(PrintStream out, PrintStream err, String... args) {
		String published = null;
		String publisher = null;
		String title = null;
		String url = null;
		String id = null;
		String file = null;
		for (String arg : args) {
			if (arg.startsWith("--published=")) {
				published = value(arg);
			}
			else if (arg.startsWith("--publisher=")) {
				publisher = value(arg);
			}
			else if (arg.startsWith("--title=")) {
				title = value(arg);
			}
			else if (arg.startsWith("--url=")) {
				url = value(arg);
			}
			else if (arg.startsWith("--id=")) {
				id = value(arg);
			}
			else if (arg.equals("-h") || arg.equals("--help")) {
				out.print(USAGE);
				return 0;
			}
			else if (arg.startsWith("--") || file != null) {
				err.println("Unknown or extra argument: " + arg);
				err.print(USAGE);
				return 2;
			}
			else {
				file = arg;
			}
		}
		if (published == null || publisher == null || file == null) {
			err.println("--published, --publisher and a FILE are required");
			err.print(USAGE);
			return 2;
		}
		String text;
		try {
			text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			err.println("Cannot read " + file + ": " + ex.getMessage());
			return 2;
		}
		Drafter.Drafted drafted;
		try {
			drafted = new Drafter(new Nlp(), Gazetteer.load()).draft(text,
					new DraftSource(id, "NewsArticle", title, publisher, url, published, "en"), KnownNodes.NONE);
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			return 2;
		}
		JsonMapper json = JsonMapper.builder().build();
		out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(drafted.report()));
		drafted.warnings().forEach((warning) -> err.println("warning: " + warning));
		return 0;
	}

	private static @Nullable String value(String arg) {
		return arg.substring(arg.indexOf('=') + 1);
	}

}
