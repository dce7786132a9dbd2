/**
 * The cost of one operation with its variables, before anything runs: what the client sees
 * in `extensions.cost` and what the limit is checked against.
 */
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  getOperationAST,
  getVariableValues,
  Kind,
} from "graphql";
import { getComplexity } from "graphql-query-complexity";
import { variableError } from "../variables.ts";
import { costAnnotations } from "./annotations.ts";
import { type CostState, costDirectivesEstimator } from "./estimator.ts";

export interface CostRequest {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables?: Record<string, unknown> | undefined;
  operationName?: string | null | undefined;
}

/**
 * The cost, or undefined when the variables do not fit the operation (execution then answers
 * with the coercion error before any resolver runs). A document too large to walk (fragment
 * spreads multiplying beyond the library's node budget) costs Infinity: it is over any limit.
 */
export function measureCost({
  schema,
  document,
  variables = {},
  operationName,
}: CostRequest): number | undefined {
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined;
  if (variableError(schema, operation, variables)) return undefined;
  // As execution reads them: defaults applied, values coerced (what @skip/@include see).
  const coercedVariables =
    getVariableValues(schema, operation.variableDefinitions ?? [], variables).coerced ?? {};
  const fragments = Object.fromEntries(
    document.definitions
      .filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment: FragmentDefinitionNode) => [fragment.name.value, fragment]),
  );
  const state: CostState = {
    sizedItemCost: new Map(),
    selection: { schema, fragments, variableValues: coercedVariables },
  };
  try {
    return getComplexity({
      schema,
      query: document,
      variables,
      ...(operation.name ? { operationName: operation.name.value } : {}),
      estimators: [costDirectivesEstimator(costAnnotations(schema))],
      context: state as unknown as Record<string, unknown>,
    });
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
