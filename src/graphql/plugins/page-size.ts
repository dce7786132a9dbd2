/**
 * A page size out of range is refused before anything runs (issue 21, finding 12): with
 * `person { counterparts(first: 500) }` the resolver's error used to null the non-null list
 * and with it the whole `person`, which reads as "no such person". Checked here, the request
 * gets one BAD_USER_INPUT error naming the argument, its value and the field, and no data.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  Kind,
  TypeInfo,
  type ValueNode,
  visit,
  visitWithTypeInfo,
} from "graphql";
import { MAX_PAGE_SIZE } from "../../data/pagination.ts";
import { MAX_ALTERNATIVES } from "../../data/paths.ts";
import type { GraphQLContext } from "../context.ts";
import { ErrorCode } from "../errors.ts";

/** Fields whose `first` has another bound than a page's. */
const MAX_FIRST: Record<string, number> = { "Query.shortestConnections": MAX_ALTERNATIVES };
/** Fields whose `first` may be 0 (a page of nothing, to read `totalCount`); others start at 1. */
const MIN_FIRST: Record<string, number> = { "Query.shortestConnections": 1 };

export function pageSizePlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          const problem = pageSizeProblem(schema, document, request.variables ?? {}, operationName);
          if (problem) {
            throw new GraphQLError(problem.message, {
              extensions: {
                code: ErrorCode.BAD_USER_INPUT,
                argument: "first",
                http: { status: 400 },
              },
            });
          }
        },
      };
    },
  };
}

/** The first `first` argument out of its field's range, said in words; null when all fit. */
export function pageSizeProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string | null,
): { message: string } | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const typeInfo = new TypeInfo(schema);
  const path: string[] = [];
  // A variable the request leaves out takes its default, which may be out of range too.
  const defaults = Object.fromEntries(
    (operation.variableDefinitions ?? []).flatMap((definition) =>
      definition.defaultValue?.kind === Kind.INT
        ? [[definition.variable.name.value, Number(definition.defaultValue.value)]]
        : [],
    ),
  );
  let problem: { message: string } | null = null;
  const check = (node: { name: { value: string }; alias?: { value: string } }) => {
    const parent = typeInfo.getParentType();
    const field = typeInfo.getFieldDef();
    if (!parent || !field) return;
    const argument = (
      node as { arguments?: readonly { name: { value: string }; value: ValueNode }[] }
    ).arguments?.find((a) => a.name.value === "first");
    if (!argument || problem) return;
    const value = argumentValue(argument.value, variables, defaults);
    if (typeof value !== "number") return;
    const key = `${parent.name}.${field.name}`;
    const max = MAX_FIRST[key] ?? MAX_PAGE_SIZE;
    const min = MIN_FIRST[key] ?? 0;
    if (value < min || value > max) {
      const at = [...path, node.alias?.value ?? node.name.value].join(".");
      problem = {
        message: `first: must be between ${min} and ${max}, got ${value} (at ${at}, ${key}); nothing was run.`,
      };
    }
  };
  for (const definition of [
    operation,
    ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION),
  ]) {
    visit(
      definition,
      visitWithTypeInfo(typeInfo, {
        Field: {
          enter(node) {
            check(node);
            path.push(node.alias?.value ?? node.name.value);
          },
          leave() {
            path.pop();
          },
        },
        FragmentDefinition: {
          enter(node) {
            path.push(`…${node.name.value}`);
          },
          leave() {
            path.pop();
          },
        },
      }),
    );
  }
  return problem;
}

function argumentValue(
  node: ValueNode,
  variables: Record<string, unknown>,
  defaults: Record<string, number>,
): unknown {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) return variables[node.name.value] ?? defaults[node.name.value];
  return undefined;
}
