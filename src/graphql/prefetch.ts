/**
 * A lookup by id (`person(id:)`) knows its node's id before Neo4j answers, so the fields
 * selected under it need not wait for the node: their loads start in the same tick as the
 * lookup, and a page such as the actor page costs one level of round trips instead of two
 * (measured at 1M meetings: the lookup was a sequential round trip in front of every page).
 *
 * A field takes part when its resolver is built with `fromParentId`: it reads nothing of its
 * parent but the id, which the type system enforces. It is called early with the id; its
 * loader caches the promise under the key the real call will use, so when GraphQL resolves
 * the field on the node it gets that same promise back, and no query runs twice. For an id
 * that does not exist the early loads answer nothing and are dropped; their errors, if any,
 * reach the client only through the real call.
 */
import {
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  getArgumentValues,
} from "graphql";
import { fieldsOn, resolvedField, selectionContext } from "./selection.ts";

const RESOLVE_FROM_ID = Symbol("resolves from its parent's id");

type IdResolver<TResult, TArgs, TContext> = (
  id: string,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult;

/** A field resolver that needs only its parent's id, so a lookup by id can start it early. */
export function fromParentId<TResult, TArgs, TContext>(
  resolve: IdResolver<TResult, TArgs, TContext>,
) {
  const resolver = (
    parent: { id: string },
    args: TArgs,
    context: TContext,
    info: GraphQLResolveInfo,
  ) => resolve(parent.id, args, context, info);
  return Object.assign(resolver, { [RESOLVE_FROM_ID]: resolve });
}

// Read from the type's resolver map, not from the schema: Apollo wraps the schema's
// resolvers for its plugins, and the wrapper does not carry the mark.
function idResolverOf(resolvers: object, field: GraphQLField<unknown, unknown>) {
  const resolve = (resolvers as Record<string, unknown>)[field.name] as
    | { [RESOLVE_FROM_ID]?: IdResolver<unknown, unknown, unknown> }
    | undefined;
  return resolve?.[RESOLVE_FROM_ID];
}

/**
 * Starts the loads of the fields selected under the current field, whose value will be the
 * node `id` of `typeName` (whose resolvers are `resolvers`). Call it from the lookup's
 * resolver, before awaiting the lookup.
 */
export function prefetchFields(
  typeName: string,
  resolvers: object,
  id: string,
  context: unknown,
  info: GraphQLResolveInfo,
): void {
  const type = info.schema.getType(typeName) as GraphQLObjectType | undefined;
  if (!type) return;
  for (const [responseKey, nodes] of fieldsOn(selectionContext(info), type, resolvedField(info))) {
    const first = nodes[0];
    const field = first && type.getFields()[first.name.value];
    const resolve = field && idResolverOf(resolvers, field);
    if (!first || !field || !resolve) continue;
    try {
      const args = getArgumentValues(field, first, info.variableValues);
      const fieldInfo: GraphQLResolveInfo = {
        ...info,
        fieldName: field.name,
        fieldNodes: nodes,
        returnType: field.type,
        parentType: type,
        path: { prev: info.path, key: responseKey, typename: type.name },
      };
      const result: unknown = resolve(id, args, context, fieldInfo);
      // The real call reports a failure; this early one must not become an unhandled rejection.
      if (result instanceof Promise) result.catch(() => {});
    } catch {
      // Invalid arguments: the real call throws the same error to the client.
    }
  }
}
