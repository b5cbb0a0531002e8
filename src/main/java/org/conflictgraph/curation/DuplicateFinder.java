package org.conflictgraph.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.conflictgraph.graph.NodeKind;
import org.conflictgraph.ingest.Names;
import org.conflictgraph.ingest.Similarity;
import org.conflictgraph.shared.InvalidInputException;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds pairs of actors, places or assets of the same base label whose names or aliases
 * are alike ({@link Similarity}), for a person to merge or leave; nothing is merged here.
 * <p>
 * Pairs that share a name key are always found. Other pairs are only compared within
 * blocks: nodes that share a distinctive word of a name, or its first four letters. A
 * block larger than {@code conflictgraph.curation.duplicate-block-size} is skipped, so a
 * search compares at most about (nodes x words per node x block size) pairs, never every
 * pair of the graph; names that share only words that many nodes use are not compared.
 */
@Component
class DuplicateFinder {

	static final int MAX_FIRST = 500;

	/** The kind that asks for events, which event resolution links. */
	static final String EVENT = "Event";

	/** Different kinds (Region and Settlement named Belgorod) are less likely one. */
	static final double OTHER_KIND = 0.85;

	private static final String ENTITIES = """
			MATCH (n:Actor|Place|Asset)
			WHERE any(label IN labels(n) WHERE label IN $labels)
			RETURN n.id AS id, labels(n) AS labels, n.name AS name, coalesce(n.aliases, []) AS aliases,
			       coalesce(n.nameKeys, []) AS keys
			LIMIT $limit""";

	/**
	 * Events that event resolution could not tell apart: a new event written with a
	 * {@code POSSIBLY_SAME_AS} to each existing one that agreed with it.
	 */
	private static final String EVENTS = """
			MATCH (a:Event)-[r:POSSIBLY_SAME_AS]-(b:Event)
			WHERE a.id < b.id AND coalesce(r.confidence, 0.0) >= $minScore
			RETURN a.id AS a, coalesce(a.title, a.id) AS aTitle, b.id AS b, coalesce(b.title, b.id) AS bTitle, max(coalesce(r.confidence, 0.0)) AS score,
			       head(collect(r.basis)) AS basis
			ORDER BY score DESC, a, b
			LIMIT $first""";

	private static final String LINKED = """
			UNWIND $pairs AS pair
			MATCH (a:Node {id: pair[0]})-[:POSSIBLY_SAME_AS]-(b:Node {id: pair[1]})
			RETURN DISTINCT pair[0] + ' ' + pair[1] AS pair""";

	private final Neo4jClient neo4j;

	private final CurationProperties properties;

	DuplicateFinder(Neo4jClient neo4j, CurationProperties properties) {
		this.neo4j = neo4j;
		this.properties = properties;
	}

	@Transactional(readOnly = true)
	List<DuplicateCandidate> find(@Nullable List<String> kinds, double minScore, int first) {
		if (minScore < 0 || minScore > 1) {
			throw new InvalidInputException("minScore lies between 0 and 1");
		}
		if (first < 1 || first > MAX_FIRST) {
			throw new InvalidInputException("first must lie between 1 and " + MAX_FIRST);
		}
		boolean events = kinds != null && kinds.stream().anyMatch((kind) -> kind.equalsIgnoreCase(EVENT));
		List<String> entityKinds = (kinds != null)
				? kinds.stream().filter((kind) -> !kind.equalsIgnoreCase(EVENT)).toList() : null;
		List<DuplicateCandidate> eventPairs = events ? events(minScore, first) : List.of();
		if (events && entityKinds.isEmpty()) {
			return eventPairs;
		}
		List<String> labels = labels(entityKinds);
		List<Entity> entities = load(labels);
		Map<Long, DuplicateCandidate> found = new HashMap<>();
		int limit = this.properties.duplicateBlockSize();
		// Shared keys: always (among the first nodes of a key so common that it has
		// more than a block).
		Map<String, List<Integer>> byKey = new HashMap<>();
		for (int i = 0; i < entities.size(); i++) {
			for (String key : entities.get(i).keys()) {
				byKey.computeIfAbsent(key, (k) -> new ArrayList<>()).add(i);
			}
		}
		byKey.values()
			.forEach((block) -> compareAll(block.subList(0, Math.min(limit, block.size())), entities, minScore, found,
					limit));
		// Blocks of shared words and prefixes.
		Map<String, Set<Integer>> blocks = new HashMap<>();
		for (int i = 0; i < entities.size(); i++) {
			for (String word : entities.get(i).words()) {
				blocks.computeIfAbsent("w:" + word, (k) -> new LinkedHashSet<>()).add(i);
				if (word.length() >= 4) {
					blocks.computeIfAbsent("p:" + word.substring(0, 4), (k) -> new LinkedHashSet<>()).add(i);
				}
			}
		}
		blocks.values().forEach((block) -> compareAll(List.copyOf(block), entities, minScore, found, limit));
		List<DuplicateCandidate> candidates = java.util.stream.Stream
			.concat(found.values().stream(), eventPairs.stream())
			.sorted(Comparator.comparingDouble(DuplicateCandidate::score)
				.reversed()
				.thenComparing((candidate) -> candidate.a().id())
				.thenComparing((candidate) -> candidate.b().id()))
			.limit(first)
			.toList();
		return markLinked(candidates);
	}

	private List<DuplicateCandidate> events(double minScore, int first) {
		return this.neo4j.query(EVENTS)
			.bindAll(Map.of("minScore", minScore, "first", first))
			.fetch()
			.all()
			.stream()
			.map((row) -> {
				String aTitle = (String) row.get("aTitle");
				String bTitle = (String) row.get("bTitle");
				String basis = (row.get("basis") instanceof String text) ? text : "linked by POSSIBLY_SAME_AS";
				return new DuplicateCandidate(((Number) row.get("score")).doubleValue(), basis,
						new CandidateNode((String) row.get("a"), aTitle, EVENT),
						new CandidateNode((String) row.get("b"), bTitle, EVENT), List.of(aTitle, bTitle), true);
			})
			.toList();
	}

	private List<String> labels(@Nullable List<String> kinds) {
		if (kinds == null || kinds.isEmpty()) {
			return NodeKind.entityBaseLabels();
		}
		for (String kind : kinds) {
			if (!NodeKind.entityBaseLabels().contains(kind) && NodeKind.entityKind(kind) == null) {
				throw new InvalidInputException("Unknown kind '" + kind + "'; use Actor, Place, Asset, Event or one of "
						+ NodeKind.entityKindLabels());
			}
		}
		return List.copyOf(kinds);
	}

	private List<Entity> load(List<String> labels) {
		int max = this.properties.duplicateMaxNodes();
		List<Entity> entities = new ArrayList<>();
		this.neo4j.query(ENTITIES).bindAll(Map.of("labels", labels, "limit", max + 1)).fetch().all().forEach((row) -> {
			List<String> nodeLabels = EntityMerger.strings(row.get("labels"));
			List<String> names = new ArrayList<>();
			if (row.get("name") instanceof String name) {
				names.add(name);
			}
			names.addAll(EntityMerger.strings(row.get("aliases")));
			Set<String> words = new LinkedHashSet<>();
			names.forEach((name) -> words.addAll(Similarity.words(name)));
			Set<String> keys = new LinkedHashSet<>(EntityMerger.strings(row.get("keys")));
			names.forEach((name) -> {
				String key = Names.key(name);
				if (!key.isEmpty()) {
					keys.add(key);
				}
			});
			entities.add(new Entity((String) row.get("id"), (String) row.get("name"),
					String.valueOf(NodeKind.baseLabel(nodeLabels)), kind(nodeLabels), names, keys, words));
		});
		if (entities.size() > max) {
			throw new InvalidInputException("More than " + max + " entities to compare; narrow the kinds "
					+ "(conflictgraph.curation.duplicate-max-nodes)");
		}
		return entities;
	}

	private void compareAll(List<Integer> block, List<Entity> entities, double minScore,
			Map<Long, DuplicateCandidate> found, int limit) {
		if (block.size() < 2 || block.size() > limit) {
			return;
		}
		for (int x = 0; x < block.size(); x++) {
			for (int y = x + 1; y < block.size(); y++) {
				int i = Math.min(block.get(x), block.get(y));
				int j = Math.max(block.get(x), block.get(y));
				long pair = ((long) i << 32) | j;
				if (i == j || found.containsKey(pair)) {
					continue;
				}
				DuplicateCandidate candidate = compare(entities.get(i), entities.get(j));
				if (candidate != null && candidate.score() >= minScore) {
					found.put(pair, candidate);
				}
			}
		}
	}

	private static @Nullable DuplicateCandidate compare(Entity first, Entity second) {
		// a before b by id, so that a pair reads the same in every search.
		Entity a = (first.id().compareTo(second.id()) <= 0) ? first : second;
		Entity b = (a == first) ? second : first;
		if (!a.base().equals(b.base())) {
			return null;
		}
		double best = -1;
		String bestA = null;
		String bestB = null;
		for (String nameA : a.names()) {
			for (String nameB : b.names()) {
				double score = Similarity.of(nameA, nameB);
				if (score > best) {
					best = score;
					bestA = nameA;
					bestB = nameB;
				}
			}
		}
		if (bestA == null || bestB == null) {
			return null;
		}
		boolean sameKind = a.kind() != null && a.kind().equals(b.kind());
		double score = sameKind ? best : best * OTHER_KIND;
		String reason = (best == 1.0) ? "'" + bestA + "' and '" + bestB + "' have the same name key"
				: "'" + bestA + "' and '" + bestB + "' are alike";
		if (!sameKind) {
			reason += "; but one is a " + a.kind() + ", the other a " + b.kind();
		}
		return new DuplicateCandidate(Math.round(score * 1000) / 1000.0, reason,
				new CandidateNode(a.id(), a.name(), a.kind()), new CandidateNode(b.id(), b.name(), b.kind()),
				List.of(bestA, bestB), false);
	}

	private List<DuplicateCandidate> markLinked(List<DuplicateCandidate> candidates) {
		if (candidates.isEmpty()) {
			return candidates;
		}
		List<List<String>> pairs = candidates.stream()
			.map((candidate) -> List.of(candidate.a().id(), candidate.b().id()))
			.toList();
		Set<String> linked = new HashSet<>();
		this.neo4j.query(LINKED)
			.bind(pairs)
			.to("pairs")
			.fetch()
			.all()
			.forEach((row) -> linked.add((String) row.get("pair")));
		return candidates.stream()
			.map((candidate) -> linked.contains(candidate.a().id() + " " + candidate.b().id())
					? new DuplicateCandidate(candidate.score(), candidate.reason(), candidate.a(), candidate.b(),
							candidate.names(), true)
					: candidate)
			.toList();
	}

	private static @Nullable String kind(List<String> labels) {
		return labels.stream().filter((label) -> NodeKind.entityKind(label) != null).findFirst().orElse(null);
	}

	private record Entity(String id, @Nullable String name, String base, @Nullable String kind, List<String> names,
			Set<String> keys, Set<String> words) {
	}

	/**
	 * Two nodes that may be one.
	 *
	 * @param score 0..1, 1 for a shared name key
	 * @param reason why, in words
	 * @param a one node
	 * @param b the other
	 * @param names the two most alike names, of a and of b
	 * @param linked whether a POSSIBLY_SAME_AS already links them
	 */
	record DuplicateCandidate(double score, String reason, CandidateNode a, CandidateNode b, List<String> names,
			boolean linked) {
	}

	record CandidateNode(String id, @Nullable String name, @Nullable String kind) {
	}

}
