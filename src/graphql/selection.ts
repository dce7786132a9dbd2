/** What a resolver's field selects below it, so the data layer computes only what is asked. */
import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";
import { type PageArgs, pageArgs } from "../data/pagination.ts";

/** True when `field` is selected directly under the resolved field (through fragments too). */
export function selects(info: GraphQLResolveInfo, field: string): boolean {
  const seen = new Set<string>();
  const search = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      switch (selection.kind) {
        case Kind.FIELD:
          return selection.name.value === field;
        case Kind.INLINE_FRAGMENT:
          return search(selection.selectionSet);
        case Kind.FRAGMENT_SPREAD: {
          const name = selection.name.value;
          if (seen.has(name)) return false;
          seen.add(name);
          return search(info.fragments[name]?.selectionSet);
        }
      }
      return false;
    });
  return info.fieldNodes.some((node) => search(node.selectionSet));
}

/** A list field's page arguments, counting the total only when `totalCount` is selected. */
export function pageOf(
  args: { first?: number | null; after?: string | null },
  info: GraphQLResolveInfo,
): PageArgs {
  return pageArgs(args.first, args.after, selects(info, "totalCount"));
}
