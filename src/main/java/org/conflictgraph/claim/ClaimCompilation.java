package org.conflictgraph.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.schema.SelectedField;
import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.PatternElement;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.driver.Value;

import org.conflictgraph.graph.Vocabulary;
import org.conflictgraph.shared.Compiled;
import org.conflictgraph.shared.CompiledField;
import org.conflictgraph.shared.CompiledType;
import org.conflictgraph.shared.SelectionCompiler;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Claims compiled into the statement of a root field: the properties of the selected
 * figures only (a claim has six per measure), and {@code Event.claims},
 * {@code Actor.claims} (without a filter) and {@code Claim.claimant} as {@code COLLECT}
 * subqueries with the order and limits of their batch loaders.
 */
@Configuration(proxyBeanMethods = false)
class ClaimCompilation {

	@Bean
	CompiledType<Claim> compiledClaim() {
		List<String> required = List.of("id", "kind", "stance", "statement");
		Map<String, List<String>> scalars = Map.of("id", List.of("id"), "kind", List.of("kind"), "stance",
				List.of("stance"), "statement", List.of("statement"), "date", List.of("date"));
		return new CompiledType<>() {

			@Override
			public String name() {
				return "Claim";
			}

			@Override
			public Class<Claim> recordType() {
				return Claim.class;
			}

			@Override
			public List<String> required() {
				return required;
			}

			@Override
			public @Nullable List<String> properties(SelectedField field) {
				return switch (field.getName()) {
					case "figures" -> field.getSelectionSet()
						.getImmediateFields()
						.stream()
						.map(SelectedField::getName)
						.filter(Vocabulary.FIGURES::contains)
						.distinct()
						.toList();
					case "quantities" -> {
						List<String> properties = new ArrayList<>();
						Vocabulary.FIGURES.forEach((measure) -> properties.addAll(Figure.properties(measure)));
						yield properties;
					}
					default -> scalars.get(field.getName());
				};
			}

			@Override
			public List<String> all() {
				return Claim.PROPERTIES;
			}

			@Override
			public Claim from(Value value) {
				return Claim.from(value);
			}

		};
	}

	@Bean
	CompiledField eventClaims() {
		return new ClaimList("Event", "claims") {

			@Override
			@Nullable Compiled compile(SelectionCompiler.Compilation compilation, SymbolicName parent, SelectedField field,
					Node claim) {
				return claims(compilation,
						claim.relationshipTo(Cypher.anyNode().named(parent), "ABOUT").named(compilation.name("r")),
						claim, field, false, null);
			}

		};
	}

	@Bean
	CompiledField actorClaims() {
		return new ClaimList("Actor", "claims") {

			@Override
			@Nullable Compiled compile(SelectionCompiler.Compilation compilation, SymbolicName parent, SelectedField field,
					Node claim) {
				Object filter = field.getArguments().get("filter");
				Integer first = compilation.pageSize(field);
				if (first == null || (filter instanceof Map<?, ?> map && !map.isEmpty())
						|| (filter != null && !(filter instanceof Map<?, ?>))) {
					// A filter is checked and applied by the loader.
					return null;
				}
				return claims(compilation,
						claim.relationshipTo(Cypher.anyNode().named(parent), "CLAIMED_BY").named(compilation.name("r")),
						claim, field, true, compilation.parameter("first", first));
			}

		};
	}

	@Bean
	CompiledField claimant() {
		return new CompiledField.OfType("Claim", "claimant") {

			@Override
			public Compiled compile(SelectionCompiler.Compilation compilation, SymbolicName parent,
					SelectedField field) {
				SymbolicName x = compilation.name("x");
				Node actor = Cypher.node("Actor").named(x);
				Compiled value = compilation.node("Actor", x, field.getSelectionSet());
				var statement = SelectionCompiler.items(
						Cypher.match(Cypher.anyNode().named(parent).relationshipTo(actor, "CLAIMED_BY")), List.of(x),
						List.of(actor.property("name").ascending()), Cypher.literalOf(1), value.expression());
				return new Compiled(Cypher.collect(statement),
						(list, owner) -> list.isEmpty() ? null : value.decoder().decode(list.get(0), owner));
			}

		};
	}

	/** A list of claims along one relationship from the parent. */
	abstract static class ClaimList extends CompiledField.OfType {

		ClaimList(String type, String name) {
			super(type, name);
		}

		@Override
		public @Nullable Compiled compile(SelectionCompiler.Compilation compilation, SymbolicName parent,
				SelectedField field) {
			return compile(compilation, parent, field, Cypher.node("Claim").named(compilation.name("c")));
		}

		abstract @Nullable Compiled compile(SelectionCompiler.Compilation compilation, SymbolicName parent,
				SelectedField field, Node claim);

		/**
		 * The claims in date order (undated ones as if dated on 1 January of year 1),
		 * then by id, as the loaders sort them.
		 */
		static Compiled claims(SelectionCompiler.Compilation compilation, PatternElement pattern, Node claim,
				SelectedField field, boolean newestFirst, @Nullable Expression limit) {
			Compiled value = compilation.node("Claim", claim.getRequiredSymbolicName(), field.getSelectionSet());
			Expression date = Cypher.coalesce(claim.property("date"), Cypher.raw("date('0001-01-01')"));
			List<SortItem> order = newestFirst
					? List.of(Cypher.sort(date).descending(), claim.property("id").descending())
					: List.of(Cypher.sort(date).ascending(), claim.property("id").ascending());
			var statement = SelectionCompiler.items(Cypher.match(pattern), List.of(claim.getRequiredSymbolicName()),
					order, limit, value.expression());
			return new Compiled(Cypher.collect(statement),
					(list, owner) -> SelectionCompiler.list(list, value.decoder(), owner));
		}

	}

}
