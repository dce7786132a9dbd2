/**
 * What drives a query's cost (issue 21, finding 12): the list field whose removal takes the
 * most off the cost, and the largest list inside it, so that an over-cost refusal can say
 * where to ask for less ("person.meetings (first: 50) … each with statements").
 */
import { type DocumentNode, type FieldNode, type GraphQLSchema, Kind, visit } from "graphql";
import { measureCost } from "./measure.ts";

export interface CostDriver {
  /** Where the field is: response keys from the operation (or `…Fragment.field`). */
  path: string;
  /** Its `first`, when it has one written in or passed. */
  first: number | undefined;
  /** How much of the cost goes with it. */
  share: number;
  /** The largest list inside it. */
  inner?: { path: string; share: number; first: number | undefined };
}

export function costDriver(request: {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables?: Record<string, unknown> | undefined;
  operationName?: string | null | undefined;
}): CostDriver | null {
  const total = measureCost(request);
  if (total === undefined || !Number.isFinite(total)) return null;
  const fields: { node: FieldNode; path: string; ancestors: FieldNode[] }[] = [];
  const stack: FieldNode[] = [];
  const names: string[] = [];
  visit(request.document, {
    FragmentDefinition: {
      enter(node) {
        names.push(`…${node.name.value}`);
      },
      leave() {
        names.pop();
      },
    },
    Field: {
      enter(node) {
        names.push(node.alias?.value ?? node.name.value);
        // Only fields with a selection: a scalar costs nothing.
        if (node.selectionSet) fields.push({ node, path: names.join("."), ancestors: [...stack] });
        stack.push(node);
      },
      leave() {
        stack.pop();
        names.pop();
      },
    },
  });
  const shareOf = (field: FieldNode) => {
    const without = visit(request.document, {
      Field(node) {
        return node === field ? null : undefined;
      },
    });
    const rest = measureCost({ ...request, document: without });
    return rest === undefined ? 0 : total - rest;
  };
  const shares = fields.map((field) => ({ ...field, share: shareOf(field.node) }));
  const top = shares
    .filter((field) => hasFirst(field.node) || field.share > 0)
    .sort((a, b) => b.share - a.share || a.ancestors.length - b.ancestors.length)[0];
  if (!top || top.share <= 0) return null;
  const inside = shares
    .filter((field) => field.ancestors.includes(top.node) || field.path.startsWith("…"))
    // Not the connection's wrappers (edges, node): they carry nearly all of it by construction.
    .filter(
      (field) =>
        field.node !== top.node && !WRAPPERS.has(field.node.name.value) && field.share < top.share,
    )
    .sort((a, b) => b.share - a.share)[0];
  return {
    path: top.path,
    first: firstOf(top.node, request.variables ?? {}),
    share: top.share,
    ...(inside && inside.share > 0
      ? {
          inner: {
            path: inside.path,
            share: inside.share,
            first: firstOf(inside.node, request.variables ?? {}),
          },
        }
      : {}),
  };
}

const WRAPPERS = new Set(["edges", "node", "pageInfo"]);

function hasFirst(node: FieldNode): boolean {
  return (node.arguments ?? []).some((argument) => argument.name.value === "first");
}

function firstOf(node: FieldNode, variables: Record<string, unknown>): number | undefined {
  const argument = (node.arguments ?? []).find((a) => a.name.value === "first");
  if (!argument) return undefined;
  if (argument.value.kind === Kind.INT) return Number(argument.value.value);
  if (argument.value.kind === Kind.VARIABLE) {
    const value = variables[argument.value.name.value];
    return typeof value === "number" ? value : undefined;
  }
  return undefined;
}

export function describeDriver(driver: CostDriver): string {
  const first = driver.first === undefined ? "" : ` (first: ${driver.first})`;
  const inner = driver.inner
    ? `, above all its ${driver.inner.path.split(".").at(-1)}${driver.inner.first === undefined ? "" : ` (first: ${driver.inner.first})`}`
    : "";
  return `most of it, ${Math.round(driver.share)}, is ${driver.path}${first}${inner}`;
}
