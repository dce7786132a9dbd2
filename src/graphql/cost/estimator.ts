/**
 * A graphql-query-complexity estimator for the GraphQL cost directives: the cost of a field is
 * what it can return. An object costs its weight (1 unless `@cost` says otherwise) plus the
 * cost of its selection; a scalar costs 0; a list multiplies by its size, which is the
 * slicing argument's value when the query passes one (`first`, literal or variable alike,
 * both resolved by the library), else the SDL's `assumedSize`.
 *
 * graphql-query-complexity estimates bottom-up: a field's estimator sees only the total of its
 * children. A connection's `edges` (a `sizedFields` list) cannot see the parent's `first`, so
 * it reports the cost of ONE edge and remembers it in the per-request state; the connection
 * field, estimated next, finds its sized children in its selection and adds the other
 * `first - 1` edges. A subtree's cost depends only on its own nodes and the variables, so a
 * cost remembered by AST node is the same wherever that node (say, in a fragment) is used.
 */
import {
  type FieldNode,
  type GraphQLOutputType,
  getNamedType,
  getNullableType,
  isListType,
} from "graphql";
import type { ComplexityEstimator } from "graphql-query-complexity";
import { MAX_PAGE_SIZE } from "../../data/pagination.ts";
import { fieldsBelow, type SelectionContext } from "../selection.ts";
import type { CostAnnotations, ListSize } from "./annotations.ts";

/** Per-request memory of the estimator; fresh for every measurement. */
export interface CostState {
  /** The cost of one item of each sized list (a connection's `edges`) met so far. */
  sizedItemCost: Map<FieldNode, number>;
  /** The operation's fragments and variables, to read a connection's selection. */
  selection: SelectionContext;
}

/**
 * Size of a list the SDL does not annotate: the largest page the API serves. A test keeps every
 * list field annotated, so this only matters for a field added without thinking about cost.
 */
export const UNANNOTATED_LIST_SIZE = MAX_PAGE_SIZE;

export function costDirectivesEstimator(annotations: CostAnnotations): ComplexityEstimator {
  return ({ type, field, node, args, childComplexity, context }) => {
    // Introspection is bounded by the schema and switched by GRAPHQL_INTROSPECTION; GraphiQL's
    // own introspection query must never be refused for its nested lists.
    if (field.name.startsWith("__") || type.name.startsWith("__")) return 0;
    const state = context as CostState;
    const one = annotations.weight(field) + childComplexity;
    const argumentsWeight = annotations.argumentsWeight(field, args);
    if (annotations.isSizedByParent(type, field)) {
      state.sizedItemCost.set(node, one);
      return one + argumentsWeight;
    }
    const listSize = annotations.listSize(field);
    if (listSize && listSize.sizedFields.length > 0) {
      const size = sliceSize(listSize, args);
      const sizedItems = sizedChildren(state.selection, field.type, node, listSize.sizedFields)
        .map((child) => state.sizedItemCost.get(child) ?? 0)
        .reduce((sum, cost) => sum + cost, 0);
      return one + (size - 1) * sizedItems + argumentsWeight;
    }
    if (isListType(getNullableType(field.type))) {
      const size = listSize ? sliceSize(listSize, args) : UNANNOTATED_LIST_SIZE;
      return size * one + argumentsWeight;
    }
    return one + argumentsWeight;
  };
}

/** The largest slicing argument the query passes, else the assumed size. */
function sliceSize(listSize: ListSize, args: Record<string, unknown>): number {
  const sliced = listSize.slicingArguments
    .map((name) => args[name])
    .filter((value): value is number => typeof value === "number");
  // A negative `first` is refused by the resolver; it must not lower the estimate meanwhile.
  if (sliced.length > 0) return Math.max(0, ...sliced);
  return listSize.assumedSize ?? UNANNOTATED_LIST_SIZE;
}

/** The fields named `names` selected on the list `node` returns (one per response key's node). */
function sizedChildren(
  selection: SelectionContext,
  type: GraphQLOutputType,
  node: FieldNode,
  names: readonly string[],
): FieldNode[] {
  const below = fieldsBelow(selection, { type: getNamedType(type), nodes: [node] });
  return names.flatMap((name) => below.get(name)?.nodes ?? []);
}
