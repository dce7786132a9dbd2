/**
 * A real GraphQL client (graphql-request) against the application started in-process on
 * the run's seeded Neo4j, plus a raw POST helper for checking errors and extensions.
 */
import { ClientError, GraphQLClient } from "graphql-request";
import type { RunningApplication } from "../../src/application.ts";
import { startTestApplication } from "./http.ts";

export interface RawResponse {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
    extensions?: {
      cypher?: { queries: number; ms: number; wallMs: number; rounds: number };
    } & Record<string, unknown>;
  };
}

export interface ApiHarness {
  app: RunningApplication;
  client: GraphQLClient;
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
  return {
    app,
    client: new GraphQLClient(endpoint),
    post: async (query, variables = {}, operationName = undefined) => {
      const response = await fetch(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ query, variables, operationName }),
      });
      return { status: response.status, body: (await response.json()) as RawResponse["body"] };
    },
    stop: () => app.stop(),
  };
}

/** The GraphQL errors a client library saw, or a failure if the request succeeded. */
export async function graphqlErrors(
  request: Promise<unknown>,
): Promise<NonNullable<RawResponse["body"]["errors"]>> {
  try {
    await request;
  } catch (error) {
    if (error instanceof ClientError)
      return (error.response.errors ?? []) as NonNullable<RawResponse["body"]["errors"]>;
    throw error;
  }
  throw new Error("expected GraphQL errors, got none");
}
