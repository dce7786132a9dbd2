/**
 * Trusted documents (issue 24, part 4): the shipped operations asked for by id, the
 * GraphQL-over-HTTP/Hive way (`documentId`) and Apollo's (`extensions.persistedQuery`), over
 * POST and over GET; GET answers a CDN or browser may keep (`Cache-Control`, a strong `ETag`,
 * 304), errors never kept; and the setting that accepts only trusted documents.
 */
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApplication } from "../../src/application.ts";
import { paths } from "../../src/config/paths.ts";
import { loadExampleOperations, operationsDirectory } from "../../src/graphql/operations.ts";
import { documentIdOf, loadTrustedDocuments } from "../../src/graphql/trusted-documents.ts";
import { startTestApplication } from "../support/http.ts";

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  wire: Buffer;
  /** The JSON answer (decoded when compressed); undefined for an empty body. */
  json: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
    extensions?: Record<string, unknown>;
  };
}

/** One request with node:http, which neither asks for nor decodes compression by itself. */
function send(
  base: string,
  method: "GET" | "POST",
  path: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(new URL(path, base), { method, headers }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
      incoming.on("end", () => {
        const wire = Buffer.concat(chunks);
        const text =
          incoming.headers["content-encoding"] === "gzip"
            ? gunzipSync(wire).toString("utf8")
            : wire.toString("utf8");
        resolve({
          status: incoming.statusCode ?? 0,
          headers: incoming.headers,
          wire,
          json: text === "" ? {} : JSON.parse(text),
        });
      });
      incoming.on("error", reject);
    });
    outgoing.on("error", reject);
    outgoing.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

const trusted = loadTrustedDocuments();
const examples = loadExampleOperations(operationsDirectory);
const actorPage = examples.find((example) => example.name === "ActorPage");
const actorPageDocument = [...trusted].find((document) => document.operationName === "ActorPage");
if (actorPage === undefined || actorPageDocument === undefined)
  throw new Error("ActorPage is not among the shipped operations");
const variables = JSON.parse(actorPage.variables ?? "{}") as Record<string, unknown>;
const id = actorPageDocument.id;
const hex = id.slice("sha256:".length);

/** What CSRF prevention asks of a GET (a header a browser cannot send cross-site unasked). */
const PREFLIGHTED = { "apollo-require-preflight": "true", accept: "application/json" };
const JSON_POST = { "content-type": "application/json", accept: "application/json" };

const byIdUrl = (documentId: string, vars: Record<string, unknown> = variables) =>
  `/graphql?documentId=${encodeURIComponent(documentId)}&variables=${encodeURIComponent(JSON.stringify(vars))}`;

/** The answer without what differs from one run to the next (query timings). */
function comparable(answer: Answer): unknown {
  const { extensions, ...rest } = answer.json;
  const { cypher: _timings, ...others } = extensions ?? {};
  return { ...rest, extensions: others };
}

describe("the trusted documents manifest", () => {
  it("holds every shipped operation, each under the SHA-256 of its text", () => {
    expect(trusted.size).toBe(examples.length);
    const names = [...trusted].map((document) => document.operationName).sort();
    expect(names).toEqual(examples.map((example) => example.name).sort());
    for (const document of trusted) {
      expect(document.id).toBe(documentIdOf(document.text));
      // Only queries: every trusted answer may be asked for over GET and cached.
      expect(document.operation, document.operationName).toBe("query");
    }
  });
});

describe("by id (development: text accepted too)", () => {
  let app: RunningApplication;
  beforeAll(async () => {
    app = await startTestApplication();
  });
  afterAll(() => app?.stop());

  it("POST with documentId answers as the full text does", async () => {
    const text = await send(app.url, "POST", "/graphql", JSON_POST, {
      query: actorPage.query,
      variables,
    });
    const byId = await send(app.url, "POST", "/graphql", JSON_POST, { documentId: id, variables });
    expect(text.status).toBe(200);
    expect(byId.status).toBe(200);
    expect(byId.json.errors).toBeUndefined();
    expect(byId.json.data?.person).toBeTruthy();
    expect(comparable(byId)).toEqual(comparable(text));
    // `extensions: null` is no extensions (GraphQL over HTTP), with an id as without one.
    const nullExtensions = await send(app.url, "POST", "/graphql", JSON_POST, {
      documentId: id,
      variables,
      extensions: null,
    });
    expect(comparable(nullExtensions)).toEqual(comparable(text));
  });

  it("POST with Apollo's extensions.persistedQuery (bare hex) answers the same", async () => {
    const byId = await send(app.url, "POST", "/graphql", JSON_POST, { documentId: id, variables });
    const apollo = await send(app.url, "POST", "/graphql", JSON_POST, {
      operationName: "ActorPage",
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: hex } },
    });
    expect(apollo.status).toBe(200);
    expect(comparable(apollo)).toEqual(comparable(byId));
  });

  it("GET ?documentId=… and GET ?extensions={persistedQuery} answer the same", async () => {
    const post = await send(app.url, "POST", "/graphql", JSON_POST, { documentId: id, variables });
    const get = await send(app.url, "GET", byIdUrl(id), PREFLIGHTED);
    const extensions = encodeURIComponent(
      JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hex } }),
    );
    const apollo = await send(
      app.url,
      "GET",
      `/graphql?operationName=ActorPage&variables=${encodeURIComponent(JSON.stringify(variables))}&extensions=${extensions}`,
      PREFLIGHTED,
    );
    expect(get.status).toBe(200);
    expect(apollo.status).toBe(200);
    expect(get.json.errors).toBeUndefined();
    expect(get.json.data).toEqual(post.json.data);
    expect(apollo.json.data).toEqual(post.json.data);
  });

  it("an unknown id is 404 with PERSISTED_QUERY_NOT_FOUND, never kept by a cache", async () => {
    const unknown = `sha256:${"0".repeat(64)}`;
    for (const answer of [
      await send(app.url, "POST", "/graphql", JSON_POST, { documentId: unknown, variables }),
      await send(app.url, "POST", "/graphql", JSON_POST, {
        extensions: { persistedQuery: { version: 1, sha256Hash: "f".repeat(64) } },
      }),
      await send(app.url, "GET", byIdUrl(unknown), PREFLIGHTED),
      await send(app.url, "GET", byIdUrl("not-an-id"), PREFLIGHTED),
    ]) {
      expect(answer.status).toBe(404);
      expect(answer.json.data).toBeUndefined();
      expect(answer.json.errors?.[0]).toEqual({
        message: "PersistedQueryNotFound",
        extensions: { code: "PERSISTED_QUERY_NOT_FOUND" },
      });
      expect(answer.headers["cache-control"]).toBe("no-store");
    }
  });

  it("the README's two curl commands work as written, and name Search's id", async () => {
    const readme = readFileSync(join(paths.root, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("### Trusted documents"));
    const search = [...trusted].find((document) => document.operationName === "Search");
    const getUrl = /'http:\/\/127\.0\.0\.1:4000(\/graphql\?documentId=[^']+)'/.exec(section)?.[1];
    const postBody = /-d '(\{"variables".+\})'/.exec(section)?.[1];
    expect(getUrl).toBeDefined();
    expect(postBody).toBeDefined();
    expect(getUrl).toContain(search?.id);
    const get = await send(app.url, "GET", getUrl ?? "", {
      "apollo-require-preflight": "true",
    });
    const post = await send(
      app.url,
      "POST",
      "/graphql",
      { "content-type": "application/json" },
      JSON.parse(postBody ?? "{}"),
    );
    for (const answer of [get, post]) {
      expect(answer.status).toBe(200);
      expect(answer.json.errors).toBeUndefined();
      expect(JSON.stringify(answer.json.data)).toContain("Ryan Crocker");
    }
  });

  it("the client guide's urql client is the explorer's: GET by id, with the CSRF header", () => {
    const guide = readFileSync(join(paths.root, "docs", "client-guide.md"), "utf8");
    const snippet = guide.slice(guide.indexOf("## 7. Asking by id"));
    const explorer = readFileSync(join(paths.root, "web", "src", "main.tsx"), "utf8");
    for (const line of [
      "exchanges: [cacheExchange, trustedDocumentsExchange, fetchExchange],",
      "preferGetMethod: true,",
      'fetchOptions: { headers: { "apollo-require-preflight": "true" } },',
    ]) {
      expect(snippet, line).toContain(line);
      expect(explorer, line).toContain(line);
    }
  });

  it("a GET by id without the CSRF header is still refused (400), and not kept", async () => {
    const refused = await send(app.url, "GET", byIdUrl(id), { accept: "application/json" });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.json)).toMatch(/CSRF|preflight/i);
    expect(refused.headers["cache-control"]).toBe("no-store");
  });
});

describe("GET answers a cache may keep", () => {
  let app: RunningApplication;
  beforeAll(async () => {
    app = await startTestApplication({ TRUSTED_DOCUMENTS_MAX_AGE_SECONDS: "120" });
  });
  afterAll(() => app?.stop());

  it("a trusted query's answer is public for max-age, with a strong ETag; If-None-Match → 304", async () => {
    const first = await send(app.url, "GET", byIdUrl(id), PREFLIGHTED);
    expect(first.status).toBe(200);
    expect(first.headers["cache-control"]).toBe("public, max-age=120");
    expect(String(first.headers.vary)).toMatch(/accept-encoding/i);
    const etag = first.headers.etag;
    expect(etag).toMatch(/^"[^"]+"$/); // strong: no W/
    // No timings in a kept answer: the same bytes, the same tag, every time.
    expect(first.json.extensions?.cypher).toBeUndefined();
    const again = await send(app.url, "GET", byIdUrl(id), PREFLIGHTED);
    expect(again.headers.etag).toBe(etag);

    const notModified = await send(app.url, "GET", byIdUrl(id), {
      ...PREFLIGHTED,
      "if-none-match": String(etag),
    });
    expect(notModified.status).toBe(304);
    expect(notModified.wire.length).toBe(0);
    expect(notModified.headers.etag).toBe(etag);
    expect(notModified.headers["cache-control"]).toBe("public, max-age=120");

    // Other variables are another answer: another tag, and no 304.
    const other = await send(app.url, "GET", byIdUrl(id, { ...variables, meetingsFirst: 1 }), {
      ...PREFLIGHTED,
      "if-none-match": String(etag),
    });
    expect(other.status).toBe(200);
    expect(other.headers.etag).not.toBe(etag);
  });

  it("compressed, the answer keeps the tag of its JSON and revalidates the same way", async () => {
    const plain = await send(app.url, "GET", byIdUrl(id), PREFLIGHTED);
    const gzip = await send(app.url, "GET", byIdUrl(id), {
      ...PREFLIGHTED,
      "accept-encoding": "gzip",
    });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gzip.headers.vary).toMatch(/accept-encoding/i);
    expect(gzip.headers.etag).toBe(plain.headers.etag);
    expect(gzip.json).toEqual(plain.json);
    const notModified = await send(app.url, "GET", byIdUrl(id), {
      ...PREFLIGHTED,
      "accept-encoding": "gzip",
      "if-none-match": String(gzip.headers.etag),
    });
    expect(notModified.status).toBe(304);
    expect(notModified.wire.length).toBe(0);
  });

  it("an answer with errors is no-store", async () => {
    // A variable of the wrong type: Apollo's 400 with BAD_USER_INPUT, no data.
    const invalid = await send(
      app.url,
      "GET",
      byIdUrl(id, { ...variables, meetingsFirst: "many" }),
      PREFLIGHTED,
    );
    expect(invalid.status).toBe(400);
    expect(invalid.json.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(invalid.headers["cache-control"]).toBe("no-store");
  });

  it("a free-text GET (not a trusted document) is no-store; POST answers carry no policy", async () => {
    const text = await send(
      app.url,
      "GET",
      `/graphql?query=${encodeURIComponent("{ __typename }")}`,
      PREFLIGHTED,
    );
    expect(text.status).toBe(200);
    expect(text.headers["cache-control"]).toBe("no-store");
    const post = await send(app.url, "POST", "/graphql", JSON_POST, { documentId: id, variables });
    expect(post.status).toBe(200);
    expect(post.headers["cache-control"]).toBeUndefined();
  });
});

describe("TRUSTED_DOCUMENTS_ONLY", () => {
  let app: RunningApplication;
  beforeAll(async () => {
    app = await startTestApplication({ TRUSTED_DOCUMENTS_ONLY: "true" });
  });
  afterAll(() => app?.stop());

  it("refuses a document sent as text, over POST and GET, with PERSISTED_QUERY_ID_REQUIRED", async () => {
    for (const answer of [
      await send(app.url, "POST", "/graphql", JSON_POST, { query: "{ __typename }" }),
      // Even a trusted document's own text: in this mode documents come by id.
      await send(app.url, "POST", "/graphql", JSON_POST, { query: actorPage.query, variables }),
      await send(
        app.url,
        "GET",
        `/graphql?query=${encodeURIComponent("{ __typename }")}`,
        PREFLIGHTED,
      ),
      // A text with an id runs as the text (nothing is registered): refused too.
      await send(app.url, "POST", "/graphql", JSON_POST, {
        query: "{ __typename }",
        extensions: { persistedQuery: { version: 1, sha256Hash: hex } },
      }),
    ]) {
      expect(answer.status).toBe(400);
      expect(answer.json.data).toBeUndefined();
      expect(answer.json.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_ID_REQUIRED");
      expect(answer.json.errors?.[0]?.message).toMatch(/trusted documents.*by its id/);
    }
  });

  it("accepts every shipped operation by id", async () => {
    for (const document of trusted) {
      const example = examples.find((e) => e.name === document.operationName);
      const vars = JSON.parse(example?.variables ?? "{}") as Record<string, unknown>;
      const answer = await send(app.url, "GET", byIdUrl(document.id, vars), PREFLIGHTED);
      expect(answer.status, document.operationName).toBe(200);
      expect(answer.json.errors, document.operationName).toBeUndefined();
      expect(answer.headers["cache-control"], document.operationName).toMatch(/^public, max-age=/);
    }
  });
});
