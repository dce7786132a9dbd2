/**
 * GraphQL answers compressed when the client accepts it (issue 24, part 4): gzip or brotli
 * by `Accept-Encoding`, decoding to the same JSON as the plain answer; plain without it, and
 * for what is not GraphQL's JSON (health, metrics). Measured on every shipped operation
 * (operations/*.graphql with its example variables): the table this file prints is the one
 * in docs/api.md ("Compression").
 */
import { request } from "node:http";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApplication } from "../../src/application.ts";
import { paths } from "../../src/config/paths.ts";
import { loadExampleOperations } from "../../src/http/graphiql.ts";
import { startTestApplication } from "../support/http.ts";

let app: RunningApplication;
beforeAll(async () => {
  app = await startTestApplication();
});
afterAll(() => app?.stop());

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as sent (compressed or not). */
  wire: Buffer;
}

/** One request with node:http, which neither asks for nor decodes compression by itself. */
function send(
  method: "GET" | "POST",
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<RawAnswer> {
  const url = new URL(path, app.url);
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method, headers }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
      incoming.on("end", () =>
        resolve({
          status: incoming.statusCode ?? 0,
          headers: incoming.headers,
          wire: Buffer.concat(chunks),
        }),
      );
      incoming.on("error", reject);
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

function decoded(answer: RawAnswer): string {
  const encoding = answer.headers["content-encoding"];
  if (encoding === "gzip") return gunzipSync(answer.wire).toString("utf8");
  if (encoding === "br") return brotliDecompressSync(answer.wire).toString("utf8");
  if (encoding === undefined) return answer.wire.toString("utf8");
  throw new Error(`unexpected content-encoding ${String(encoding)}`);
}

/** The JSON without what differs from one run of a query to the next (timings). */
function comparable(text: string): unknown {
  const body = JSON.parse(text) as { extensions?: Record<string, unknown> };
  delete body.extensions;
  return body;
}

const examples = loadExampleOperations(join(paths.root, "operations"));
const actorPage = examples.find((example) => example.name === "ActorPage");
const post = (acceptEncoding: string | undefined, example = actorPage) =>
  send(
    "POST",
    "/graphql",
    {
      "content-type": "application/json",
      ...(acceptEncoding ? { "accept-encoding": acceptEncoding } : {}),
    },
    JSON.stringify({
      query: example?.query,
      operationName: example?.name,
      variables: JSON.parse(example?.variables ?? "{}"),
    }),
  );

describe("GraphQL answers", () => {
  it("are gzip-compressed for Accept-Encoding: gzip, and decode to the plain answer's JSON", async () => {
    const plain = await post(undefined);
    const gzip = await post("gzip");
    expect(plain.status).toBe(200);
    expect(gzip.status).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gzip.headers.vary).toMatch(/accept-encoding/i);
    expect(gzip.headers["content-type"]).toBe(plain.headers["content-type"]);
    const body = comparable(decoded(gzip));
    expect(body).not.toHaveProperty("errors");
    expect(body).toHaveProperty("data.person", expect.anything());
    expect(body).toEqual(comparable(decoded(plain)));
    expect(gzip.wire.length).toBeLessThan(plain.wire.length / 3);
  });

  it("are brotli-compressed when the client prefers it, and plain for identity", async () => {
    const br = await post("br;q=1, gzip;q=0.5");
    expect(br.headers["content-encoding"]).toBe("br");
    const plain = await post(undefined);
    expect(comparable(decoded(br))).toEqual(comparable(decoded(plain)));
    const identity = await post("identity");
    expect(identity.headers["content-encoding"]).toBeUndefined();
    expect(comparable(decoded(identity))).toEqual(comparable(decoded(plain)));
  });

  it("over GET (with the header CSRF prevention asks for) are compressed too", async () => {
    const query = encodeURIComponent(
      '{ person(id: "person:ryan-crocker") { meetings(first: 20) { edges { node { id title participants { person { id name } } sources { excerpt } } } } } }',
    );
    const headers = { "apollo-require-preflight": "true", accept: "application/json" };
    const plain = await send("GET", `/graphql?query=${query}`, headers);
    const gzip = await send("GET", `/graphql?query=${query}`, {
      ...headers,
      "accept-encoding": "gzip",
    });
    expect(plain.status).toBe(200);
    expect(gzip.status).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(comparable(decoded(gzip))).toEqual(comparable(decoded(plain)));
  });

  it("a GET without that header is still refused by CSRF prevention (400), compressed or not", async () => {
    const query = encodeURIComponent("{ __typename }");
    const refused = await send("GET", `/graphql?query=${query}`, {
      accept: "application/json",
      "accept-encoding": "gzip",
    });
    expect(refused.status).toBe(400);
    expect(decoded(refused)).toMatch(/CSRF|preflight/i);
  });

  it("below a kilobyte stay plain", async () => {
    const small = await send(
      "POST",
      "/graphql",
      { "content-type": "application/json", "accept-encoding": "gzip" },
      JSON.stringify({ query: "{ __typename }" }),
    );
    expect(small.status).toBe(200);
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(small.wire.toString("utf8"))).toMatchObject({
      data: { __typename: "Query" },
    });
  });
});

describe("what is not GraphQL's JSON", () => {
  it.each(["/health/live", "/health/ready"])("%s answers plain, as before", async (path) => {
    const answer = await send("GET", path, { "accept-encoding": "gzip, br" });
    expect(answer.status).toBe(200);
    expect(answer.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(answer.wire.toString("utf8"))).toBeTruthy();
  });

  it("/metrics answers plain, in Prometheus' text format", async () => {
    const answer = await send("GET", "/metrics", { "accept-encoding": "gzip, br" });
    expect(answer.status).toBe(200);
    expect(answer.headers["content-encoding"]).toBeUndefined();
    expect(answer.wire.toString("utf8")).toContain("# TYPE http_request_duration_seconds");
  });
});

describe("the saving on the shipped operations", () => {
  it("is measured for each (plain, gzip and brotli bytes), and every answer shrinks", async () => {
    const rows: string[] = [
      "| Operation | Plain | gzip | brotli |",
      "| --- | ---: | ---: | ---: |",
    ];
    const percent = (part: number, whole: number) => `${Math.round((100 * part) / whole)} %`;
    let totals = { plain: 0, gzip: 0, br: 0 };
    for (const example of examples) {
      const plain = await post(undefined, example);
      const gzip = await post("gzip", example);
      const br = await post("br", example);
      for (const answer of [plain, gzip, br]) expect(answer.status, example.name).toBe(200);
      const body = JSON.parse(decoded(gzip)) as { errors?: unknown };
      expect(body.errors, example.name).toBeUndefined();
      if (plain.wire.length >= 1024) {
        expect(gzip.headers["content-encoding"], example.name).toBe("gzip");
        expect(br.headers["content-encoding"], example.name).toBe("br");
        expect(gzip.wire.length, example.name).toBeLessThan(plain.wire.length);
      }
      totals = {
        plain: totals.plain + plain.wire.length,
        gzip: totals.gzip + gzip.wire.length,
        br: totals.br + br.wire.length,
      };
      rows.push(
        `| \`${example.name}\` | ${plain.wire.length.toLocaleString("en")} B | ${gzip.wire.length.toLocaleString("en")} B (${percent(gzip.wire.length, plain.wire.length)}) | ${br.wire.length.toLocaleString("en")} B (${percent(br.wire.length, plain.wire.length)}) |`,
      );
    }
    rows.push(
      `| all ${examples.length} | ${totals.plain.toLocaleString("en")} B | ${totals.gzip.toLocaleString("en")} B (${percent(totals.gzip, totals.plain)}) | ${totals.br.toLocaleString("en")} B (${percent(totals.br, totals.plain)}) |`,
    );
    console.log(`Answers of the shipped operations on the seeded graph:\n${rows.join("\n")}`);
    expect(totals.gzip).toBeLessThan(totals.plain / 2);
  });
});
