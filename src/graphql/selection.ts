/** What a resolver's field selects below it, so the data layer fetches only what is asked. */
import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";
import { type PageArgs, pageArgs } from "../data/pagination.ts";

/** The fields selected directly in `sets` (through inline fragments and fragment spreads). */
function fieldsIn(
  info: GraphQLResolveInfo,
  sets: Array<SelectionSetNode | undefined>,
): FieldNode[] {
  const seen = new Set<string>();
  const fields: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const set of sets) visit(set);
  return fields;
}

/** The names of the fields selected at `path` below the resolved field, e.g. edges → node. */
export function selectedAt(info: GraphQLResolveInfo, path: readonly string[]): string[] {
  let level = info.fieldNodes.map((node) => node.selectionSet);
  for (const name of path) {
    level = fieldsIn(info, level)
      .filter((field) => field.name.value === name)
      .map((field) => field.selectionSet);
  }
  return [...new Set(fieldsIn(info, level).map((field) => field.name.value))];
}

/** True when `field` is selected directly under the resolved field (through fragments too). */
export function selects(info: GraphQLResolveInfo, field: string): boolean {
  return selectedAt(info, []).includes(field);
}

/**
 * A list field's page arguments: the total counted only when `totalCount` is selected, and
 * the item fields selected under `edges { node }` (and the fields under those, as
 * `field.subfield`), which the page can carry along.
 */
export function pageOf(
  args: { first?: number | null; after?: string | null },
  info: GraphQLResolveInfo,
): PageArgs {
  const item = ["edges", "node"];
  const fields = selectedAt(info, item);
  const below = fields.flatMap((field) =>
    selectedAt(info, [...item, field]).map((subfield) => `${field}.${subfield}`),
  );
  return pageArgs(args.first, args.after, selects(info, "totalCount"), [...fields, ...below]);
}
