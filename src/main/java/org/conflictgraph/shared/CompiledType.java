package org.conflictgraph.shared;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import graphql.schema.SelectedField;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * A node type of the schema as {@link SelectionCompiler} reads it: the properties its
 * record always needs, the properties behind each scalar field, and how the record is
 * built from a map projection. A feature declares one bean per node type it owns.
 *
 * @param <T> the record
 */
public interface CompiledType<T> {

	/** The pseudo-property that projects the node's labels, as the records read them. */
	String LABELS = "labels";

	/** The GraphQL type name, e.g. {@code Event}. */
	String name();

	/** The record class the type's fields resolve on. */
	Class<T> recordType();

	/** The properties the record cannot be built without: ids, names, sort keys. */
	List<String> required();

	/**
	 * The properties a scalar (or embedded object) field reads, or {@code null} when the
	 * field is no property of the node.
	 */
	@Nullable List<String> properties(SelectedField field);

	/** Every property the record reads, for selections with fields nobody compiles. */
	List<String> all();

	/** The record of a projection that holds at least {@link #required()}. */
	T from(Value value);

	/**
	 * A type whose fields map to fixed properties.
	 * @param fields per scalar field the properties it reads
	 */
	static <T> CompiledType<T> of(String name, Class<T> recordType, List<String> required,
			Map<String, List<String>> fields, Function<Value, T> from) {
		Set<String> all = new LinkedHashSet<>(required);
		fields.values().forEach(all::addAll);
		List<String> every = new ArrayList<>(all);
		return new CompiledType<>() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public Class<T> recordType() {
				return recordType;
			}

			@Override
			public List<String> required() {
				return required;
			}

			@Override
			public @Nullable List<String> properties(SelectedField field) {
				return fields.get(field.getName());
			}

			@Override
			public List<String> all() {
				return every;
			}

			@Override
			public T from(Value value) {
				return from.apply(value);
			}

		};
	}

}
