package org.conflictgraph.source;

/** The kinds of source of the model, with their names in the graph. */
public enum SourceKind {

	NEWS_ARTICLE("NewsArticle"), SOCIAL_MEDIA_POST("SocialMediaPost"), NEWS_AGENCY_REPORT("NewsAgencyReport"),
	GAZETTEER("Gazetteer"), REFERENCE("Reference");

	private final String graphName;

	SourceKind(String graphName) {
		this.graphName = graphName;
	}

	public String graphName() {
		return this.graphName;
	}

	/** The kind for a {@code kind} property; an unknown value is a broken graph. */
	public static SourceKind fromGraph(String name) {
		for (SourceKind kind : values()) {
			if (kind.graphName.equals(name)) {
				return kind;
			}
		}
		throw new IllegalStateException("Unknown source kind " + name);
	}

}
