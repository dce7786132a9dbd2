/**
 * What a query selects below a field, read the way graphql-js executes it: its own field
 * collection (`collectSubfields`, the spec's CollectFields, §6.3.2), so fragments, type
 * conditions and `@skip`/`@include` count exactly as they do when the fields resolve. The one
 * place the API reads a selection: the lookup's prefetch, a page's extras, the cost estimate
 * and the plan warm-up all ask here.
 */
import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isObjectType,
} from "graphql";
import { collectSubfields } from "graphql/execution/collectFields.js";
import type { PageArgs } from "../data/pagination.ts";
import { pageArgs } from "../services/pagination.ts";

/** What field collection needs besides the fields: the document's fragments and the variables. */
export interface SelectionContext {
  schema: GraphQLSchema;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  variableValues: Readonly<Record<string, unknown>>;
}

/** Fields of one type selected together: the nodes that one response key merges. */
export interface Selected {
  type: GraphQLNamedType;
  nodes: readonly FieldNode[];
}

export function selectionContext(info: GraphQLResolveInfo): SelectionContext {
  return { schema: info.schema, fragments: info.fragments, variableValues: info.variableValues };
}

/** The field being resolved, as a selection to read below. */
export function resolvedField(info: GraphQLResolveInfo): Selected {
  return { type: getNamedType(info.returnType), nodes: info.fieldNodes };
}

/** The object types a value of `type` may have: itself, or an abstract type's possible types. */
function objectTypes(schema: GraphQLSchema, type: GraphQLNamedType): readonly GraphQLObjectType[] {
  if (isObjectType(type)) return [type];
  return isAbstractType(type) ? schema.getPossibleTypes(type) : [];
}

/**
 * The fields selected below `field` on objects of `type` (`field.type` when absent), by
 * response key, as the executor collects them for that type.
 */
export function fieldsOn(
  context: SelectionContext,
  type: GraphQLObjectType,
  field: Selected,
): Map<string, readonly FieldNode[]> {
  return collectSubfields(
    context.schema,
    context.fragments as Record<string, FragmentDefinitionNode>,
    context.variableValues as Record<string, unknown>,
    type,
    field.nodes,
  );
}

/**
 * The fields selected below `field` whatever its object type turns out to be, by field name
 * (aliases of one field merged), each with the type it returns.
 */
export function fieldsBelow(context: SelectionContext, field: Selected): Map<string, Selected> {
  const below = new Map<string, { type: GraphQLNamedType; nodes: FieldNode[] }>();
  for (const type of objectTypes(context.schema, field.type)) {
    for (const nodes of fieldsOn(context, type, field).values()) {
      const name = nodes[0]?.name.value;
      const definition = name === undefined ? undefined : type.getFields()[name];
      if (!name || !definition) continue; // __typename: a scalar of no type of ours
      const entry = below.get(name) ?? {
        type: getNamedType(definition.type as GraphQLOutputType),
        nodes: [],
      };
      entry.nodes.push(...nodes);
      below.set(name, entry);
    }
  }
  return below;
}

/** The field names selected at `path` below `field`, e.g. `["edges", "node"]`. */
export function selectedAt(
  context: SelectionContext,
  field: Selected,
  path: readonly string[],
): string[] {
  let level: Selected | undefined = field;
  for (const name of path) {
    level = level && fieldsBelow(context, level).get(name);
    if (!level) return [];
  }
  return [...fieldsBelow(context, level).keys()];
}

/**
 * A list field's page arguments: the total counted only when `totalCount` is selected, and
 * the item fields selected under `edges { node }` (and the fields under those, as
 * `field.subfield`), which the page can carry along.
 */
export function pageOfSelection(
  args: { first?: number | null; after?: string | null },
  context: SelectionContext,
  field: Selected,
): PageArgs {
  const item = ["edges", "node"];
  const fields = selectedAt(context, field, item);
  const below = fields.flatMap((name) =>
    selectedAt(context, field, [...item, name]).map((subfield) => `${name}.${subfield}`),
  );
  const counted = selectedAt(context, field, []).includes("totalCount");
  return pageArgs(args.first, args.after, counted, [...fields, ...below]);
}

/** `pageOfSelection` for the field a resolver resolves. */
export function pageOf(
  args: { first?: number | null; after?: string | null },
  info: GraphQLResolveInfo,
): PageArgs {
  return pageOfSelection(args, selectionContext(info), resolvedField(info));
}
