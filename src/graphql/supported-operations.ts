/**
 * A validation rule: only operation types the schema has a root type for. The API is
 * read-only (no Mutation, no Subscription), and graphql-js 16 does not check this itself:
 * `mutation { __typename }` passed validation and failed in execution as an internal error
 * with HTTP 200. Refused here, it is a 400 before anything runs.
 */
import { GraphQLError, type ValidationRule } from "graphql";

/** Marks the error for formatError, which gives it the stable code OPERATION_NOT_SUPPORTED. */
export const UNSUPPORTED_OPERATION = "unsupportedOperation";

export const SupportedOperationsRule: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    if (context.getSchema().getRootType(operation.operation)) return;
    context.reportError(
      new GraphQLError(
        `${operation.operation} operations are not supported: this API is read-only and answers queries only`,
        { nodes: operation, extensions: { [UNSUPPORTED_OPERATION]: operation.operation } },
      ),
    );
  },
});
