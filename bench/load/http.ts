/**
 * One GraphQL request over a kept-alive HTTP connection, read to the end and checked: an
 * answer counts as good only with status 200, `data`, and no `errors`. node:http rather than
 * fetch: on a machine whose cores the servers share, the client should cost as little as it
 * can, and it asks for no compression (see bench/load/README.md).
 */
import { Agent, request } from "node:http";

export interface HttpGraphQL {
  method: "GET" | "POST";
  /** Path and query string, e.g. `/graphql?documentId=…&variables=…`. */
  path: string;
  body?: string;
  headers: Record<string, string>;
}

export interface Endpoint {
  host: string;
  port: number;
  agent: Agent;
}

export function endpointOf(url: string): Endpoint {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port),
    // One socket per waiting request, kept for the client's next one.
    agent: new Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY }),
  };
}

interface GraphQLAnswer {
  data?: unknown;
  errors?: Array<{ message?: string; extensions?: { code?: string } }>;
}

/** Resolves with null for a good answer, else its error code (or `HTTP <status>`). */
export function sendGraphQL(
  endpoint: Endpoint,
  graphql: HttpGraphQL,
  timeoutMs: number,
): Promise<string | null> {
  return new Promise((resolve) => {
    const req = request(
      {
        host: endpoint.host,
        port: endpoint.port,
        agent: endpoint.agent,
        method: graphql.method,
        path: graphql.path,
        headers: { accept: "application/json", "accept-encoding": "identity", ...graphql.headers },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", (error) => resolve(error.message));
        res.on("end", () => resolve(check(res.statusCode ?? 0, Buffer.concat(chunks))));
      },
    );
    req.on("timeout", () => req.destroy(new Error(`NO ANSWER IN ${timeoutMs} ms`)));
    req.on("error", (error) => resolve(error.message));
    req.end(graphql.body);
  });
}

function check(status: number, body: Buffer): string | null {
  let answer: GraphQLAnswer | undefined;
  try {
    answer = JSON.parse(body.toString("utf8")) as GraphQLAnswer;
  } catch {
    answer = undefined;
  }
  const error = answer?.errors?.[0];
  if (error) {
    const code = error.extensions?.code;
    return code && code !== "INTERNAL_SERVER_ERROR"
      ? code
      : `${code ?? "ERROR"}: ${(error.message ?? "").slice(0, 120)}`;
  }
  if (status !== 200) return `HTTP ${status}`;
  if (!answer?.data) return "NO DATA";
  return null;
}
