package org.conflictgraph.shared;

import graphql.schema.SelectedField;
import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.SymbolicName;

/**
 * A relationship field (one that a batch loader resolves otherwise) compiled into the
 * statement of its root field: a {@code COLLECT} subquery or a pattern comprehension from
 * the parent's variable, and the decoder of its value. A feature declares one bean per
 * field it owns.
 */
public interface CompiledField {

	/** The field name, e.g. {@code participants}. */
	String name();

	/** Whether the field belongs to this type. */
	boolean appliesTo(CompiledType<?> type);

	/**
	 * The field as an expression from the parent node, or {@code null} when these
	 * arguments or this selection are not compiled (the batch loader answers then).
	 * @param compilation the statement being compiled: names, parameters, nested types
	 * @param parent the parent node's variable
	 * @param field the selected field with its arguments and selection
	 */
	@Nullable Compiled compile(SelectionCompiler.Compilation compilation, SymbolicName parent, SelectedField field);

	/** A field of the type with the given GraphQL name, the common case. */
	abstract class OfType implements CompiledField {

		private final String type;

		private final String name;

		protected OfType(String type, String name) {
			this.type = type;
			this.name = name;
		}

		@Override
		public String name() {
			return this.name;
		}

		@Override
		public boolean appliesTo(CompiledType<?> type) {
			return type.name().equals(this.type);
		}

	}

}
