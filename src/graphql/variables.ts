/**
 * Variable coercion with an error cap, before execution and before the cost is measured.
 * graphql-js quotes the whole invalid value in every error, so an input object with thousands
 * of unknown keys made thousands of errors the size of the object: time and memory grew with
 * the square of the keys. Coercion here stops at the second error and the client gets the
 * first; execution then never sees variables that do not fit.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import {
  GraphQLError,
  type GraphQLSchema,
  getVariableValues,
  type OperationDefinitionNode,
} from "graphql";

/** The first coercion error, or undefined when the variables fit the operation. */
export function variableError(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  options: { hideSuggestions?: boolean } = {},
): GraphQLError | undefined {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, {
    maxErrors: 1,
    ...options,
  });
  return coerced.errors?.[0];
}

export function variableCoercionPlugin(options: { hideSuggestions: boolean }): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, request }) {
          if (!operation) return;
          const error = variableError(schema, operation, request.variables, options);
          if (!error) return;
          // Apollo's own code for coercion errors, with the 400 it gives them.
          throw new GraphQLError(error.message, {
            nodes: error.nodes ?? null,
            originalError: error.originalError ?? null,
            extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
          });
        },
      };
    },
  };
}
