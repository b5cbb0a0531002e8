package org.conflictgraph.source;

import java.util.List;
import java.util.Map;

import graphql.schema.SelectedField;
import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SymbolicName;

import org.conflictgraph.shared.Compiled;
import org.conflictgraph.shared.CompiledField;
import org.conflictgraph.shared.CompiledType;
import org.conflictgraph.shared.GraphValues;
import org.conflictgraph.shared.SelectionCompiler;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sources and the evidence of nodes, compiled into the statement of a root field: a
 * node's {@code evidence(first:)} becomes a {@code COLLECT} subquery with the same order
 * and limit as its batch loader. A source's text is never read here: {@code text} is left
 * to its own loader, so only a client that asks for it pays for it.
 */
@Configuration(proxyBeanMethods = false)
class SourceCompilation {

	@Bean
	CompiledType<Source> compiledSource() {
		return CompiledType.of("Source", Source.class, List.of("id", "kind"),
				Map.of("id", List.of("id"), "kind", List.of("kind"), "title", List.of("title"), "publisher",
						List.of("publisher"), "url", List.of("url"), "published", List.of("published"), "language",
						List.of("language"), "note", List.of("note")),
				Source::from);
	}

	@Bean
	CompiledField nodeEvidence() {
		return new CompiledField() {

			@Override
			public String name() {
				return "evidence";
			}

			@Override
			public boolean appliesTo(CompiledType<?> type) {
				return SourcedNode.class.isAssignableFrom(type.recordType());
			}

			@Override
			public @Nullable Compiled compile(SelectionCompiler.Compilation compilation, SymbolicName parent,
					SelectedField field) {
				Integer first = compilation.pageSize(field);
				List<SelectedField> sources = SelectionCompiler.selected(field, "source");
				if (first == null || sources.size() > 1) {
					return null;
				}
				SymbolicName m = compilation.name("m");
				SymbolicName s = compilation.name("s");
				Node mention = Cypher.node("Mention").named(m);
				Node source = Cypher.node("Source").named(s);
				Compiled sourceValue = compilation.node("Source", s,
						sources.isEmpty() ? null : sources.get(0).getSelectionSet());
				var statement = SelectionCompiler.items(
						Cypher.match(Cypher.anyNode()
							.named(parent)
							.relationshipTo(mention, "EVIDENCED_BY")
							.relationshipTo(source, "IN_SOURCE")),
						List.of(m, s),
						List.of(source.property("published").descending(), source.property("id").ascending(),
								mention.property("start").ascending()),
						compilation.parameter("first", first),
						m.project("id", "quote", "start", "end", "source", sourceValue.expression()));
				return new Compiled(Cypher.collect(statement),
						(value, owner) -> SelectionCompiler.list(value,
								(item, node) -> new Mention(GraphValues.requiredString(item, "id"),
										GraphValues.requiredString(item, "quote"), item.get("start").asInt(),
										item.get("end").asInt(),
										(Source) sourceValue.decoder().decode(item.get("source"), node)),
								owner));
			}

		};
	}

}
