/**
 * A real GraphQL client (graphql-request) against the application started in-process on
 * the run's seeded Neo4j, plus a POST helper that returns the whole answer (status, errors,
 * extensions) for checking errors and extensions.
 *
 * `post` takes a typed document, and its answer's `data` has that operation's result type: the
 * tests' own operations are written with `graphql(…)` from test/__generated__/gql.ts (GraphQL
 * Code Generator's client preset, `npm run codegen`), the shipped ones come from
 * src/__generated__/operations.ts. A query string is sent as it is, for tests that send
 * malformed, hostile or invalid text on purpose; its `data` is untyped.
 */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { ClientError, GraphQLClient } from "graphql-request";
import { expect } from "vitest";
import type { RunningApplication } from "../../src/application.ts";
import type { CostExtension } from "../../src/graphql/cost/plugin.ts";
import type { CypherStats } from "../../src/graphql/plugins/query-stats.ts";
import { startTestApplication } from "./http.ts";

/** One GraphQL error as the API sends it. */
export interface ErrorBody {
  message: string;
  path?: unknown[];
  extensions?: Record<string, unknown>;
}

/** The HTTP status and the JSON body of one answer; `data` as the operation's result type. */
export interface Answer<TData> {
  status: number;
  body: {
    data?: TData | null;
    errors?: ErrorBody[];
    extensions?: {
      cypher?: CypherStats;
      cost?: CostExtension;
    } & Record<string, unknown>;
  };
}

/** The answer to a query sent as text: nothing is known of its `data`. */
export type RawResponse = Answer<Record<string, unknown>>;

/** A document's variables: required when the operation has a required variable. */
type VariablesOf<TVariables> =
  Record<string, never> extends TVariables
    ? [variables?: TVariables, operationName?: string]
    : [variables: TVariables, operationName?: string];

export interface ApiHarness {
  app: RunningApplication;
  client: GraphQLClient;
  /** A typed document (its text printed from the document): `data` is typed. */
  post<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...variables: VariablesOf<TVariables>
  ): Promise<Answer<TResult>>;
  /** Text sent as it is, for requests that are malformed, hostile or invalid on purpose. */
  post(
    query: string,
    variables?: Record<string, unknown>,
    operationName?: string,
  ): Promise<RawResponse>;
  stop(): Promise<void>;
}

export async function startApi(env: Record<string, string> = {}): Promise<ApiHarness> {
  const app = await startTestApplication(env);
  const endpoint = `${app.url}/graphql`;
  async function post(
    document: string | TypedDocumentNode<unknown, unknown>,
    variables: unknown = {},
    operationName: string | undefined = undefined,
  ): Promise<Answer<unknown>> {
    const query = typeof document === "string" ? document : print(document);
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query, variables, operationName }),
    });
    return { status: response.status, body: (await response.json()) as Answer<unknown>["body"] };
  }
  return {
    app,
    client: new GraphQLClient(endpoint),
    post: post as ApiHarness["post"],
    stop: () => app.stop(),
  };
}

/** An answer's `data`, after checking that it came without errors. */
export function dataOf<TData>(answer: Answer<TData>): TData {
  expect(answer.body.errors).toBeUndefined();
  const { data } = answer.body;
  if (data === undefined || data === null) throw new Error(`no data (HTTP ${answer.status})`);
  return data;
}

/** The GraphQL errors a client library saw, or a failure if the request succeeded. */
export async function graphqlErrors(request: Promise<unknown>): Promise<ErrorBody[]> {
  try {
    await request;
  } catch (error) {
    if (error instanceof ClientError) return (error.response.errors ?? []) as ErrorBody[];
    throw error;
  }
  throw new Error("expected GraphQL errors, got none");
}
