package org.conflictgraph.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.schema.SelectedField;
import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.driver.Value;

import org.conflictgraph.actor.Actor;
import org.conflictgraph.actor.ParticipantRole;
import org.conflictgraph.place.Place;
import org.conflictgraph.shared.Compiled;
import org.conflictgraph.shared.CompiledField;
import org.conflictgraph.shared.CompiledType;
import org.conflictgraph.shared.GraphValues;
import org.conflictgraph.shared.SelectionCompiler;
import org.conflictgraph.source.Provenance;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Events and their relationships to actors and places, compiled into the statement of a
 * root field: {@code Event.participants}, {@code Event.places} and {@code Actor.events}
 * become {@code COLLECT} subqueries with the order (and limit) of their batch loaders. A
 * relationship whose evidence or references are selected carries its provenance ids, by
 * which its loaders find them.
 */
@Configuration(proxyBeanMethods = false)
class EventCompilation {

	@Bean
	CompiledType<Event> compiledEvent() {
		return CompiledType.of("Event", Event.class, List.of("id", "title", "date", "type", "status"),
				Map.ofEntries(Map.entry("id", List.of("id")), Map.entry("name", List.of("title")),
						Map.entry("title", List.of("title")), Map.entry("kind", List.of()),
						Map.entry("aliases", List.of()), Map.entry("date", List.of("date")),
						Map.entry("datePrecision", List.of("datePrecision")), Map.entry("type", List.of("type")),
						Map.entry("subType", List.of("subType")), Map.entry("status", List.of("status")),
						Map.entry("summary", List.of("summary"))),
				Event::from);
	}

	@Bean
	CompiledField eventParticipants() {
		return new Relation("Event", "participants") {

			@Override
			@Nullable Compiled compile(SelectionCompiler.Compilation compilation, SymbolicName parent, SelectedField field,
					Ends ends) {
				SymbolicName a = compilation.name("a");
				Node actor = Cypher.node("Actor").named(a);
				Relationship r = actor.relationshipTo(Cypher.anyNode().named(parent), "PARTICIPATED_IN")
					.named(compilation.name("r"));
				Compiled actorValue = ends.node("actor", "Actor", a, true);
				Compiled eventValue = ends.node("event", "Event", parent, false);
				if (actorValue == null) {
					return null;
				}
				return collect(field, r, List.of(r.getRequiredSymbolicName(), a),
						List.of(Map.entry("role", r.property("role"))), role(compilation, field, r),
						ends("actor", actorValue, "event", eventValue),
						List.of(r.property("role").ascending(), actor.property("name").ascending()), null,
						(item, owner) -> new Participation((Actor) decode(item, "actor", actorValue, owner),
								(eventValue != null) ? (Event) decode(item, "event", eventValue, owner) : (Event) owner,
								ParticipantRole.fromGraph(GraphValues.requiredString(item, "role")),
								Provenance.from(item)));
			}

		};
	}

	@Bean
	CompiledField eventPlaces() {
		return new Relation("Event", "places") {

			@Override
			@Nullable Compiled compile(SelectionCompiler.Compilation compilation, SymbolicName parent, SelectedField field,
					Ends ends) {
				SymbolicName p = compilation.name("p");
				Node place = Cypher.node("Place").named(p);
				Relationship r = Cypher.anyNode()
					.named(parent)
					.relationshipTo(place, "OCCURRED_IN")
					.named(compilation.name("r"));
				Compiled placeValue = ends.node("place", "Place", p, true);
				Compiled eventValue = ends.node("event", "Event", parent, false);
				if (placeValue == null) {
					return null;
				}
				return collect(field, r, List.of(r.getRequiredSymbolicName(), p),
						List.of(Map.entry("precision", r.property("precision"))), Cypher.noCondition(),
						ends("place", placeValue, "event", eventValue),
						List.of(place.property("adminLevel").descending(), place.property("name").ascending()), null,
						(item, owner) -> new Occurrence((Place) decode(item, "place", placeValue, owner),
								(eventValue != null) ? (Event) decode(item, "event", eventValue, owner) : (Event) owner,
								GraphValues.string(item, "precision"), Provenance.from(item)));
			}

		};
	}

	@Bean
	CompiledField actorEvents() {
		return new Relation("Actor", "events") {

			@Override
			@Nullable Compiled compile(SelectionCompiler.Compilation compilation, SymbolicName parent, SelectedField field,
					Ends ends) {
				Integer first = compilation.pageSize(field);
				SymbolicName e = compilation.name("e");
				Node event = Cypher.node("Event").named(e);
				Relationship r = Cypher.anyNode()
					.named(parent)
					.relationshipTo(event, "PARTICIPATED_IN")
					.named(compilation.name("r"));
				Compiled eventValue = ends.node("event", "Event", e, true);
				Compiled actorValue = ends.node("actor", "Actor", parent, false);
				if (first == null || eventValue == null) {
					return null;
				}
				return collect(field, r, List.of(r.getRequiredSymbolicName(), e),
						List.of(Map.entry("role", r.property("role"))), role(compilation, field, r),
						ends("event", eventValue, "actor", actorValue),
						List.of(event.property("date")
							.descending(), event.property("id").descending(), r.property("role").ascending()),
						compilation.parameter("first", first), e, 2,
						(item, owner) -> new Participation(
								(actorValue != null) ? (Actor) decode(item, "actor", actorValue, owner) : (Actor) owner,
								(Event) decode(item, "event", eventValue, owner),
								ParticipantRole.fromGraph(GraphValues.requiredString(item, "role")),
								Provenance.from(item)));
			}

		};
	}

	private static Condition role(SelectionCompiler.Compilation compilation, SelectedField field, Relationship r) {
		Object role = field.getArguments().get("role");
		if (role == null) {
			return Cypher.noCondition();
		}
		String value = ParticipantRole.valueOf(role.toString()).graphValue();
		return r.property("role").isEqualTo(compilation.parameter("role", value));
	}

	private static Map<String, @Nullable Compiled> ends(String key, @Nullable Compiled value, String otherKey,
			@Nullable Compiled other) {
		Map<String, @Nullable Compiled> ends = new java.util.LinkedHashMap<>();
		ends.put(key, value);
		ends.put(otherKey, other);
		return ends;
	}

	private static @Nullable Object decode(Value item, String key, Compiled compiled, Object owner) {
		return compiled.decoder().decode(item.get(key), owner);
	}

	/**
	 * A field whose items are relationship records: the relationship's own properties,
	 * its provenance ids, and its two ends, one of which is the parent node.
	 */
	abstract static class Relation extends CompiledField.OfType {

		Relation(String type, String name) {
			super(type, name);
		}

		@Override
		public @Nullable Compiled compile(SelectionCompiler.Compilation compilation, SymbolicName parent,
				SelectedField field) {
			List<String> names = field.getSelectionSet()
				.getImmediateFields()
				.stream()
				.map(SelectedField::getName)
				.filter((name) -> !name.startsWith("__"))
				.toList();
			if (names.size() != new java.util.HashSet<>(names).size()) {
				// An end under two aliases would need two records: the loader builds
				// them.
				return null;
			}
			return compile(compilation, parent, field, new Ends(compilation, field));
		}

		abstract @Nullable Compiled compile(SelectionCompiler.Compilation compilation, SymbolicName parent,
				SelectedField field, Ends ends);

		/**
		 * The items as a {@code COLLECT} subquery of maps: the properties, the provenance
		 * ids and the compiled ends that are not {@code null}.
		 */
		static Compiled collect(SelectedField field, Relationship r, List<SymbolicName> keep,
				List<Map.Entry<String, Expression>> properties, Condition where, Map<String, @Nullable Compiled> ends,
				List<SortItem> order, @Nullable Expression limit, Compiled.Decoder item) {
			return collect(field, r, keep, properties, where, ends, order, limit, null, 0, item);
		}

		/**
		 * As above, the order led by its first {@code leading} sort items, properties of
		 * the end {@code lead} ({@link SelectionCompiler.Lead}).
		 */
		static Compiled collect(SelectedField field, Relationship r, List<SymbolicName> keep,
				List<Map.Entry<String, Expression>> properties, Condition where, Map<String, @Nullable Compiled> ends,
				List<SortItem> order, @Nullable Expression limit, @Nullable SymbolicName lead, int leading,
				Compiled.Decoder item) {
			List<Object> content = new ArrayList<>();
			properties.forEach((property) -> {
				content.add(property.getKey());
				content.add(property.getValue());
			});
			boolean provenance = field.getSelectionSet()
				.getImmediateFields()
				.stream()
				.map(SelectedField::getName)
				.anyMatch((name) -> !name.startsWith("__") && !ends.containsKey(name)
						&& properties.stream().noneMatch((property) -> property.getKey().equals(name)));
			if (provenance) {
				// Its evidence or references are selected: they are loaded by these ids.
				for (String property : List.of("mentionIds", "referenceIds", "referenceNote")) {
					content.add(property);
					content.add(r.property(property));
				}
			}
			ends.forEach((key, end) -> {
				if (end != null) {
					content.add(key);
					content.add(end.expression());
				}
			});
			var statement = SelectionCompiler.items(Cypher.match(r).where(where), keep, order, limit,
					Cypher.mapOf(content.toArray()),
					(lead != null) ? new SelectionCompiler.Lead(lead, leading, r, where) : null);
			return new Compiled(Cypher.collect(statement),
					(value, owner) -> SelectionCompiler.list(value, item, owner));
		}

	}

	/** The ends of a relationship that its selection asks for. */
	static final class Ends {

		private final SelectionCompiler.Compilation compilation;

		private final SelectedField field;

		Ends(SelectionCompiler.Compilation compilation, SelectedField field) {
			this.compilation = compilation;
			this.field = field;
		}

		/**
		 * The compiled end, or {@code null} when it is the parent (not {@code needed})
		 * and not selected: the record then points to the parent object itself, which
		 * nothing under this field renders.
		 */
		@Nullable Compiled node(String key, String type, SymbolicName variable, boolean needed) {
			List<SelectedField> selected = SelectionCompiler.selected(this.field, key);
			if (selected.isEmpty() && !needed) {
				return null;
			}
			return this.compilation.node(type, variable, selected.isEmpty() ? null : selected.get(0).getSelectionSet());
		}

	}

}
