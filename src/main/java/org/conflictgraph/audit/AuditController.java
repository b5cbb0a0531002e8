package org.conflictgraph.audit;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.conflictgraph.shared.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers {@code auditTrail}: newest first, paged by an opaque cursor over (time, id).
 */
@Controller
class AuditController {

	static final int MAX_PAGE = 200;

	private static final String PAGE = """
			MATCH (a:AuditRecord)
			WHERE ($action IS NULL OR a.action = $action) AND ($actor IS NULL OR a.actor = $actor)
			  AND ($at IS NULL OR a.at < $at OR (a.at = $at AND a.id < $id))
			RETURN a.id AS id, a.actor AS actor, a.channel AS channel, a.action AS action,
			       a.targetIds AS targetIds, a.at AS at, a.summary AS summary, a.details AS details
			ORDER BY a.at DESC, a.id DESC
			LIMIT $limit""";

	private final Neo4jClient neo4j;

	private final JsonMapper json = JsonMapper.builder().build();

	AuditController(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@QueryMapping
	@PreAuthorize("hasAnyRole('READER', 'EDITOR')")
	@Transactional(readOnly = true)
	AuditTrailPage auditTrail(@Argument int first, @Argument @Nullable String after,
			@Argument @Nullable AuditAction action, @Argument @Nullable String actor) {
		if (first < 1 || first > MAX_PAGE) {
			throw new InvalidInputException("first must lie between 1 and " + MAX_PAGE);
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("action", (action != null) ? action.name() : null);
		parameters.put("actor", actor);
		parameters.put("limit", first + 1);
		Cursor cursor = (after != null) ? Cursor.decode(after) : null;
		parameters.put("at", (cursor != null) ? cursor.at() : null);
		parameters.put("id", (cursor != null) ? cursor.id() : null);
		List<AuditRecord> records = this.neo4j.query(PAGE)
			.bindAll(parameters)
			.fetchAs(AuditRecord.class)
			.mappedBy((types, row) -> new AuditRecord(row.get("id").asString(), row.get("actor").asString(),
					row.get("channel").asString(), AuditAction.valueOf(row.get("action").asString()),
					row.get("targetIds").asList((value) -> value.asString()),
					row.get("at").asZonedDateTime().toOffsetDateTime(), row.get("summary").asString(),
					details(row.get("details").isNull() ? null : row.get("details").asString())))
			.all()
			.stream()
			.toList();
		boolean more = records.size() > first;
		List<AuditRecord> page = more ? records.subList(0, first) : records;
		String endCursor = page.isEmpty() ? null : new Cursor(page.get(page.size() - 1)).encode();
		return new AuditTrailPage(page, more ? endCursor : null, more);
	}

	private @Nullable Object details(@Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			return this.json.readValue(text, Object.class);
		}
		catch (JacksonException ex) {
			return text;
		}
	}

	/** A position in the trail: the time and id of the last record of a page. */
	record Cursor(ZonedDateTime at, String id) {

		Cursor(AuditRecord record) {
			this(record.at().toZonedDateTime(), record.id());
		}

		String encode() {
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString((this.at + "|" + this.id).getBytes(StandardCharsets.UTF_8));
		}

		static Cursor decode(String cursor) {
			try {
				String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
				int bar = text.indexOf('|');
				return new Cursor(ZonedDateTime.parse(text.substring(0, bar)), text.substring(bar + 1));
			}
			catch (IllegalArgumentException | DateTimeParseException | StringIndexOutOfBoundsException ex) {
				throw new InvalidInputException("'" + cursor + "' is not a cursor of the audit trail");
			}
		}

	}

	record AuditRecord(String id, String actor, String channel, AuditAction action, List<String> targetIds,
			OffsetDateTime at, String summary, @Nullable Object details) {
	}

	record AuditTrailPage(List<AuditRecord> records, @Nullable String endCursor, boolean hasNextPage) {
	}

}
