package org.conflictgraph.shared;

import graphql.GraphQLError;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLObjectType;
import graphql.Scalars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.exceptions.ClientException;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database failure the client only sees as "could not answer" must leave the whole
 * story in the log, since the answer promises that it does.
 */
@ExtendWith(OutputCaptureExtension.class)
class GraphQlErrorsTests {

	@Test
	void aDatabaseFailureWithoutAClearerErrorIsAnInternalErrorWithoutDetailAndIsLoggedWithItsCause(
			CapturedOutput output) {
		ClientException failure = new ClientException("Neo.ClientError.Statement.SyntaxError",
				"Variable `x9` not defined");
		GraphQLError error = new GraphQlErrors().database(failure, environment("actor"));
		assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
		assertThat(error.getMessage()).isEqualTo("The database could not answer this request; the failure is logged")
			.doesNotContain("x9");
		assertThat(output.getOut()).contains("The database could not answer actor (path /actor)",
				"ClientException: Variable `x9` not defined");
	}

	private static DataFetchingEnvironment environment(String name) {
		ResultPath path = ResultPath.rootPath().segment(name);
		GraphQLObjectType query = GraphQLObjectType.newObject()
			.name("Query")
			.field((field) -> field.name(name).type(Scalars.GraphQLString))
			.build();
		return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
			.mergedField(MergedField.newMergedField(Field.newField(name).build()).build())
			.executionStepInfo(ExecutionStepInfo.newExecutionStepInfo()
				.type(Scalars.GraphQLString)
				.path(path)
				.fieldContainer(query)
				.build())
			.build();
	}

}
