package org.conflictgraph.explore;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.conflictgraph.graph.NodeKind;
import org.conflictgraph.graph.RelationshipType;
import org.jspecify.annotations.Nullable;
import org.conflictgraph.shared.InvalidInputException;

/**
 * What part of the graph around a node to return. Built only through
 * {@link #of(String, Integer, List, List, LocalDate, LocalDate, Integer, int)}, which
 * checks every argument a client sends.
 *
 * @param id the start node
 * @param depth how many hops to follow, 1 to {@value #MAX_DEPTH}
 * @param types the relationship types to follow
 * @param kinds the labels a neighbour must carry (any of them) to be visited; null for
 * all
 * @param from leave out events, claims and relationships dated before this day
 * @param to leave out events, claims and relationships dated after this day
 * @param limit the most nodes to return, the start node included
 */
public record NeighborhoodRequest(String id, int depth, Set<RelationshipType> types, @Nullable List<String> kinds,
		@Nullable LocalDate from, @Nullable LocalDate to, int limit) {

	public static final int MAX_DEPTH = 3;

	public static NeighborhoodRequest of(String id, @Nullable Integer depth, @Nullable List<String> relationshipTypes,
			@Nullable List<String> kinds, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable Integer limit,
			int maxNodes) {
		int hops = depth(depth);
		int size = limit(limit, 100, maxNodes);
		checkRange(from, to);
		return new NeighborhoodRequest(id, hops, RelationshipType.parse(relationshipTypes, RelationshipType.facts()),
				NodeKind.parse(kinds, "kinds"), from, to, size);
	}

	/** The depth a client asked for, checked; 1 when it asked for none. */
	public static int depth(@Nullable Integer depth) {
		int hops = (depth != null) ? depth : 1;
		if (hops < 1 || hops > MAX_DEPTH) {
			throw new InvalidInputException("depth must be between 1 and " + MAX_DEPTH + ", was " + hops);
		}
		return hops;
	}

	/**
	 * The node limit a client asked for, checked; {@code fallback} when it asked for
	 * none.
	 */
	public static int limit(@Nullable Integer limit, int fallback, int maxNodes) {
		int size = (limit != null) ? limit : fallback;
		if (size < 1 || size > maxNodes) {
			throw new InvalidInputException("limit must be between 1 and " + maxNodes + ", was " + size);
		}
		return size;
	}

	/** A date range whose end lies before its start is a client mistake. */
	public static void checkRange(@Nullable LocalDate from, @Nullable LocalDate to) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidInputException("dateTo (" + to + ") lies before dateFrom (" + from + ")");
		}
	}

}
