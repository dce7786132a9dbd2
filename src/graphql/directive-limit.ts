/**
 * The directive limit: every directive an operation would apply, with fragments expanded, so
 * `...F @include(if: true)` written 100 times counts 100 (graphql-armor's count returned a
 * fragment's own total for a spread it had seen and dropped the spread's directives) and a
 * fragment's directives count once per spread. Counts per fragment are kept, so a document
 * whose fragments spread each other many times is counted in one pass over each.
 */
import {
  type ASTNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationRule,
} from "graphql";
import { ErrorCode } from "./errors.ts";

export function maxDirectivesRule(max: number): ValidationRule {
  return (context) => {
    const perFragment = new Map<string, number>();
    const fragmentCount = (name: string): number => {
      const known = perFragment.get(name);
      if (known !== undefined) return known;
      perFragment.set(name, 0); // A cycle: NoFragmentCyclesRule reports it.
      const fragment = context.getFragment(name);
      const count = fragment
        ? (fragment.directives?.length ?? 0) + selectionCount(fragment.selectionSet)
        : 0;
      perFragment.set(name, count);
      return count;
    };
    const selectionCount = (selectionSet: SelectionSetNode | undefined): number => {
      let count = 0;
      for (const selection of selectionSet?.selections ?? []) {
        count += selection.directives?.length ?? 0;
        count +=
          selection.kind === Kind.FRAGMENT_SPREAD
            ? fragmentCount(selection.name.value)
            : selectionCount(selection.selectionSet);
      }
      return count;
    };
    return {
      OperationDefinition(operation) {
        const found = (operation.directives?.length ?? 0) + selectionCount(operation.selectionSet);
        if (found > max) {
          context.reportError(
            new GraphQLError(`Directives limit of ${max} exceeded, found ${found}.`, {
              nodes: operation as ASTNode,
              extensions: { code: ErrorCode.QUERY_LIMIT_EXCEEDED, limit: "directives" },
            }),
          );
        }
        return false;
      },
    };
  };
}
