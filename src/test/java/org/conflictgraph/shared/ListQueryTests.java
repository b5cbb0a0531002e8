package org.conflictgraph.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ListQueryTests {

	static final Keyset BY_DATE = new Keyset("event:DATE_DESC", "e.date", "e.id", true, LocalDate.class);

	@Test
	void withoutAnAnchorTheLabelIsReadWithConditionsAndTheCursorInOneWhere() {
		Statement page = new ListQuery("e", "MATCH (e:Event)").where("e.type IN $types")
			.parameter("types", java.util.List.of("Battles"))
			.page(BY_DATE, BY_DATE.cursor(LocalDate.of(2024, 3, 12), "event:x"), 20);
		assertThat(page.cypher()).isEqualTo("""
				MATCH (e:Event)
				WHERE e.type IN $types
				  AND e.date <= $afterKey AND (e.date < $afterKey OR e.id < $afterId)
				RETURN e AS row, e.date AS sortKey
				ORDER BY e.date DESC, e.id DESC
				LIMIT $limit""");
		assertThat(page.parameters()).containsEntry("limit", 21)
			.containsEntry("afterKey", LocalDate.of(2024, 3, 12))
			.containsEntry("afterId", "event:x");
	}

	@Test
	void aProjectedPageIsCutBeforeItsRowsAreProjected() {
		Statement page = new ListQuery("e", "MATCH (e:Event)").where("e.type IN $types")
			.parameter("types", java.util.List.of("Battles"))
			.projectedPage(BY_DATE, null, 20, "e{.id, claims: COLLECT { MATCH (c)-->(e) RETURN c.id AS item }}",
					java.util.Map.of("first_1", 5));
		assertThat(page.cypher()).isEqualTo("""
				MATCH (e:Event)
				WHERE e.type IN $types
				WITH e ORDER BY e.date DESC, e.id DESC LIMIT $limit
				RETURN e{.id, claims: COLLECT { MATCH (c)-->(e) RETURN c.id AS item }} AS row, e.date AS sortKey
				ORDER BY e.date DESC, e.id DESC""");
		assertThat(page.parameters()).containsEntry("limit", 21).containsEntry("first_1", 5);
	}

	@Test
	void aCountedPageCountsEveryMatchingRowInASubqueryAndCarriesTheCountThroughTheAnchor() {
		Statement page = new ListQuery("e", "MATCH (e:Event)").where("e.date >= $from")
			.anchor("MATCH (a:Actor {id: $actor})-->(e:Event) USING INDEX a:Actor(id)",
					"MATCH (:Actor {id: $actor})-->(e)")
			.projectedPage(BY_DATE, null, 20, "e{.id}", java.util.Map.of(), true);
		assertThat(page.cypher()).isEqualTo("""
				CALL {
				  MATCH (a:Actor {id: $actor})-->(e:Event) USING INDEX a:Actor(id)
				  WITH DISTINCT e
				  WHERE e.date >= $from
				  RETURN count(e) AS totalCount
				}
				MATCH (a:Actor {id: $actor})-->(e:Event) USING INDEX a:Actor(id)
				WITH DISTINCT e, totalCount
				WHERE e.date >= $from
				WITH e, totalCount ORDER BY e.date DESC, e.id DESC LIMIT $limit
				RETURN e{.id} AS row, e.date AS sortKey, totalCount
				ORDER BY e.date DESC, e.id DESC""");
	}

	@Test
	void theFirstAnchorStartsTheQueryAndTheOthersAreChecked() {
		ListQuery query = new ListQuery("e", "MATCH (e:Event)").where("e.date >= $from")
			.anchor("MATCH (a:Actor {id: $actor})-->(e:Event) USING INDEX a:Actor(id)",
					"MATCH (:Actor {id: $actor})-->(e)")
			.anchor("MATCH (p:Place {id: $place})<--(e:Event)", "MATCH (e)-->(:Place {id: $place})")
			.filter("MATCH (e)-->(:Place {countryCode: $country})");
		assertThat(query.count().cypher()).isEqualTo("""
				MATCH (a:Actor {id: $actor})-->(e:Event) USING INDEX a:Actor(id)
				WITH DISTINCT e
				WHERE e.date >= $from
				  AND EXISTS { MATCH (e)-->(:Place {id: $place}) }
				  AND EXISTS { MATCH (e)-->(:Place {countryCode: $country}) }
				RETURN count(e) AS count""");
	}

	@Test
	void aFullTextAnchorMustComeFirst() {
		ListQuery query = new ListQuery("a", "MATCH (a:Actor)").anchor("MATCH (a:Actor {id: $id})",
				"MATCH (a {id: $id})");
		assertThatIllegalStateException()
			.isThrownBy(() -> query.anchor("CALL db.index.fulltext.queryNodes(...)", null));
	}

}
