package org.conflictgraph.shared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Parameter;
import org.neo4j.cypherdsl.core.PatternElement;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.cypherdsl.core.renderer.Configuration;
import org.neo4j.cypherdsl.core.renderer.Dialect;
import org.neo4j.cypherdsl.core.renderer.Renderer;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Compiles the selection set of a root field into the one Cypher statement that answers
 * it: each node's selected properties as a map projection, and each relationship field
 * that a feature compiles ({@link CompiledField}) as a subquery in it, nested as deep as
 * the selection goes. What is decoded from the row is handed down to the fields through
 * {@link Prefetched}, so those fields send no statement of their own. A field nobody
 * compiles (or compiles only for some arguments) is left to its batch loader, which runs
 * in the same read transaction ({@code ReadTransactions}); the nodes under such a field
 * then carry every property their record reads, as they do from the batch loaders.
 */
@Component
public class SelectionCompiler {

	/**
	 * The name of the one column of a compiled subquery. A map projection returned
	 * without a name would take its node's name and hide the node from the
	 * {@code ORDER BY} (which would then sort by the projection's keys).
	 */
	public static final String ITEM = "item";

	private static final Renderer RENDERER = Renderer
		.getRenderer(Configuration.newConfig().withDialect(Dialect.NEO4J_5).alwaysEscapeNames(false).build());

	private final Map<String, CompiledType<?>> types = new LinkedHashMap<>();

	private final Map<String, Map<String, CompiledField>> fields = new HashMap<>();

	private final GraphQlLimits limits;

	private volatile boolean enabled;

	SelectionCompiler(List<CompiledType<?>> types, List<CompiledField> fields, GraphQlLimits limits,
			@org.springframework.beans.factory.annotation.Value("${conflictgraph.graphql.compile-selections:true}") boolean enabled) {
		this.limits = limits;
		this.enabled = enabled;
		for (CompiledType<?> type : types) {
			this.types.put(type.name(), type);
			for (CompiledField field : fields) {
				if (field.appliesTo(type)) {
					this.fields.computeIfAbsent(type.name(), (name) -> new HashMap<>()).put(field.name(), field);
				}
			}
		}
	}

	/**
	 * Starts compiling a root field's selection, or {@code null} when compiling is
	 * switched off ({@code conflictgraph.graphql.compile-selections=false}: every nested
	 * field goes to its batch loader).
	 */
	public @Nullable Compilation begin(DataFetchingEnvironment environment) {
		if (!this.enabled) {
			return null;
		}
		Prefetched prefetched = environment.getGraphQlContext()
			.computeIfAbsent(Prefetched.class, (key) -> new Prefetched());
		return new Compilation(prefetched);
	}

	/** Switches compiling on or off, to compare the two ways in one application. */
	void enabled(boolean enabled) {
		this.enabled = enabled;
	}

	/** The fields of each type that are compiled, for {@link Prefetched}'s fetchers. */
	Map<String, Set<String>> compiledFields() {
		Map<String, Set<String>> names = new HashMap<>();
		this.fields.forEach((type, byName) -> names.put(type, Set.copyOf(byName.keySet())));
		return names;
	}

	/**
	 * One statement being compiled: the variable and parameter names it has used, its
	 * parameters, and the request's {@link Prefetched} values that its rows will fill.
	 */
	public final class Compilation {

		private final Prefetched prefetched;

		private final Map<String, Object> parameters = new LinkedHashMap<>();

		private int names;

		Compilation(Prefetched prefetched) {
			this.prefetched = prefetched;
		}

		/** A variable name not used elsewhere in the statement. */
		public SymbolicName name(String prefix) {
			return Cypher.name(prefix + (++this.names));
		}

		/**
		 * A parameter with a name not used elsewhere in the statement (nor by the fixed
		 * parts, whose parameter names have no underscore).
		 */
		public Parameter<Object> parameter(String prefix, Object value) {
			return Cypher.parameter(prefix + "_" + (++this.names), value);
		}

		/**
		 * The page size of a field's {@code first} argument, or {@code null} when it is
		 * out of bounds: the field is then left to its fetcher, which reports the error
		 * on the field.
		 */
		public @Nullable Integer pageSize(SelectedField field) {
			Object first = field.getArguments().get("first");
			try {
				return SelectionCompiler.this.limits
					.pageSize((first instanceof Number number) ? number.intValue() : null);
			}
			catch (InvalidInputException ex) {
				return null;
			}
		}

		/**
		 * Compiles the selection of a node type bound to {@code variable}: the map
		 * projection of its selected properties and compiled fields, and the decoder that
		 * builds its record and hands the compiled fields' values down.
		 * @param selection the node's selection, {@code null} for a node whose record is
		 * needed but none of its fields (the required properties only)
		 */
		public Compiled node(String typeName, SymbolicName variable,
				@Nullable DataFetchingFieldSelectionSet selection) {
			CompiledType<?> type = SelectionCompiler.this.types.get(typeName);
			if (type == null) {
				throw new IllegalArgumentException("No compiled type " + typeName);
			}
			Set<String> properties = new LinkedHashSet<>(type.required());
			Map<String, Compiled> compiled = new LinkedHashMap<>();
			boolean unknown = false;
			List<SelectedField> selected = (selection != null) ? selection.getImmediateFields() : List.of();
			for (SelectedField field : selected) {
				if (field.getName().startsWith("__")) {
					continue;
				}
				List<String> read = type.properties(field);
				if (read != null) {
					properties.addAll(read);
					continue;
				}
				CompiledField compiler = SelectionCompiler.this.fields.getOrDefault(typeName, Map.of())
					.get(field.getName());
				Compiled value = (compiler != null) ? compiler.compile(this, variable, field) : null;
				if (value != null) {
					compiled.put(field.getResultKey(), value);
				}
				else {
					unknown = true;
				}
			}
			// A field under an alias that is also a property's name is left to its
			// loader.
			unknown |= compiled.keySet().removeIf(properties::contains);
			if (unknown) {
				// A batch loader or another fetcher will read this record: give it all.
				properties.addAll(type.all());
				compiled.keySet().removeIf(properties::contains);
			}
			Node node = Cypher.anyNode().named(variable);
			List<Object> content = new ArrayList<>();
			for (String property : properties) {
				if (property.equals(CompiledType.LABELS)) {
					content.add(property);
					content.add(Cypher.labels(node));
				}
				else {
					content.add(property);
				}
			}
			compiled.forEach((key, value) -> {
				content.add(key);
				content.add(value.expression());
			});
			Prefetched prefetched = this.prefetched;
			return new Compiled(variable.project(content), (value, parent) -> {
				Object record = type.from(value);
				compiled.forEach(
						(key, field) -> prefetched.put(record, key, field.decoder().decode(value.get(key), record)));
				return record;
			});
		}

		/**
		 * The Cypher of an expression, for a statement whose fixed parts are text; its
		 * parameters join {@link #parameters()}.
		 */
		public String render(Expression expression) {
			org.neo4j.cypherdsl.core.Statement statement = Cypher.returning(expression).build();
			this.parameters.putAll(statement.getCatalog().getParameters());
			String cypher = RENDERER.render(statement);
			return cypher.substring("RETURN ".length());
		}

		/** The parameters of everything rendered so far. */
		public Map<String, Object> parameters() {
			return this.parameters;
		}

	}

	/**
	 * The subquery of a compiled list: its items in order, each as {@link #ITEM}. With a
	 * limit, the rows are cut before they are projected (the projection may hold
	 * subqueries of its own), then sorted again for the list.
	 * @param match the pattern and its condition
	 * @param keep the variables the projection and the order need
	 * @param limit the most items, or {@code null} for all
	 */
	public static org.neo4j.cypherdsl.core.Statement items(StatementBuilder.OngoingReading match,
			List<SymbolicName> keep, List<SortItem> order, @Nullable Expression limit, Expression item) {
		return items(match, keep, order, limit, item, null);
	}

	/**
	 * The subquery of a compiled list whose order starts with properties of one of its
	 * variables ({@code lead}, e.g. the event of a participation): with a limit, the
	 * first values of that variable are found first, and the properties that break ties
	 * among its rows (a participation's role) are read only for the rows of those values,
	 * not for every row the pattern finds. On a graph larger than the page cache each
	 * such property of each row can be a page read. The answer is the same as without
	 * {@code lead}: every value of the variable has at least one row and the leading
	 * order ends with a key unique to it, so the first rows all belong to the first
	 * values.
	 * @param lead how the rows are matched again for the values found; {@code null} to
	 * sort the rows directly
	 */
	public static org.neo4j.cypherdsl.core.Statement items(StatementBuilder.OngoingReading match,
			List<SymbolicName> keep, List<SortItem> order, @Nullable Expression limit, Expression item,
			@Nullable Lead lead) {
		if (limit == null) {
			return match.returning(item.as(ITEM)).orderBy(order).build();
		}
		StatementBuilder.OngoingReading rows = (lead == null) ? match
				: match.withDistinct(lead.by())
					.orderBy(order.subList(0, lead.sortItems()))
					.limit(limit)
					.match(lead.pattern())
					.where(lead.where());
		return rows.with(keep.toArray(new SymbolicName[0]))
			.orderBy(order)
			.limit(limit)
			.returning(item.as(ITEM))
			.orderBy(order)
			.build();
	}

	/**
	 * The variable whose properties lead a list's order, the first {@code sortItems} of
	 * the order (the last of them a key unique to it), and the list's pattern and
	 * condition, matched again from the values found.
	 */
	public record Lead(SymbolicName by, int sortItems, PatternElement pattern, Condition where) {
	}

	/** The sub-fields of a field with this name, one per alias. */
	public static List<SelectedField> selected(SelectedField field, String name) {
		return field.getSelectionSet().getImmediateFields().stream().filter((f) -> f.getName().equals(name)).toList();
	}

	/** Reads a list value with a decoder, for {@link CompiledField}s. */
	public static List<Object> list(Value value, Compiled.Decoder decoder, Object parent) {
		List<Object> list = new ArrayList<>(value.size());
		for (Value item : value.values()) {
			list.add(decoder.decode(item, parent));
		}
		return list;
	}

}
