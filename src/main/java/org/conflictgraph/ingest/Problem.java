package org.conflictgraph.ingest;

/**
 * One thing wrong with a report: where (a JSON path such as
 * {@code $.claims[2].evidence[0].quote}) and what, in words a person understands.
 *
 * @param path the JSON path of the offending value
 * @param message what is wrong and, where it helps, what would be right
 */
public record Problem(String path, String message) {

	@Override
	public String toString() {
		return this.path + ": " + this.message;
	}

}
