/**
 * Requests by trusted document id (issue 24), turned into ordinary GraphQL requests before
 * Apollo reads them, as the GraphQL-over-HTTP persisted documents appendix describes:
 *
 * - POST `{"documentId": "sha256:<hex>", "variables": …}` (GraphQL Hive, the spec) or
 *   `{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "<hex>"}}}` (Apollo);
 * - GET `/graphql?documentId=sha256:<hex>&variables=…`, or `?extensions=` with Apollo's
 *   `persistedQuery`.
 *
 * A known id runs its document (and a GET answer may be cached: ../graphql/plugins/
 * cache-policy.ts); an unknown one is 404 with PERSISTED_QUERY_NOT_FOUND, Apollo's code and
 * message (its clients look for them). With `only` (TRUSTED_DOCUMENTS_ONLY, on in
 * production), a document sent as text is refused: 400 with PERSISTED_QUERY_ID_REQUIRED,
 * the Apollo Router's code for the same refusal. A request with both a text and an id runs
 * the text: a server without automatic persisted queries registers nothing.
 *
 * Every GET that reaches Apollo starts as `Cache-Control: no-store`: only the cache policy
 * plugin marks an answer cacheable, so a refusal Apollo makes before any plugin runs (CSRF
 * prevention, a malformed request) is never kept.
 */
import type { Request, RequestHandler, Response } from "express";
import { canonicalId, type TrustedDocuments } from "../graphql/trusted-documents.ts";

export interface TrustedDocumentOptions {
  /** Refuse documents sent as text (TRUSTED_DOCUMENTS_ONLY). */
  only: boolean;
}

/** A request's GraphQL parameters, as JSON (POST body) or decoded from the URL (GET). */
interface Parameters extends Record<string, unknown> {
  query?: unknown;
  documentId?: unknown;
  extensions?: unknown;
}

export function trustedDocumentRequests(
  documents: TrustedDocuments,
  { only }: TrustedDocumentOptions,
): RequestHandler {
  return (req, res, next) => {
    const get = req.method === "GET";
    if (get) res.setHeader("cache-control", "no-store");
    const url = get ? new URL(req.url, "http://localhost") : undefined;
    const params: Parameters | undefined = url
      ? fromSearch(url.searchParams)
      : isObject(req.body)
        ? (req.body as Parameters)
        : undefined;
    // Not a GraphQL request at all: Apollo says what is wrong with it.
    if (params === undefined) return next();

    const requested = requestedId(params);
    const text = typeof params.query === "string" && params.query !== "" ? params.query : undefined;
    if (text !== undefined || requested === undefined) {
      if (only && text !== undefined)
        return refuse(
          res,
          400,
          "PERSISTED_QUERY_ID_REQUIRED",
          "This API runs only its trusted documents: send an operation by its id " +
            '(`documentId`: "sha256:…", or `extensions.persistedQuery.sha256Hash`), not its text',
        );
      if (requested !== undefined) rewrite(req, url, withoutId(params));
      return next();
    }

    const document = documents.get(requested);
    if (document === undefined)
      return refuse(res, 404, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound");
    rewrite(req, url, { ...withoutId(params), query: document.text });
    next();
  };
}

/**
 * The id a request names (`documentId`, else Apollo's hash), canonical; or undefined. A
 * malformed `extensions` names none: Apollo answers it as it does any other request.
 */
function requestedId(params: Parameters): string | undefined {
  if (typeof params.documentId === "string" && params.documentId !== "")
    return canonicalId(params.documentId);
  const persisted = isObject(params.extensions) ? params.extensions.persistedQuery : undefined;
  if (isObject(persisted) && typeof persisted.sha256Hash === "string")
    return canonicalId(persisted.sha256Hash);
  return undefined;
}

/** The parameters without the id: what Apollo (which has no persisted queries) accepts. */
function withoutId(params: Parameters): Parameters {
  const { documentId: _id, ...rest } = params;
  if (!isObject(rest.extensions)) return rest;
  const { persistedQuery: _hash, ...extensions } = rest.extensions;
  return Object.keys(extensions).length > 0
    ? { ...rest, extensions }
    : { ...rest, extensions: undefined };
}

/** Puts the parameters back where Apollo reads them: the body, or the URL's query string. */
function rewrite(req: Request, url: URL | undefined, params: Parameters): void {
  if (url === undefined) {
    req.body = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined));
    return;
  }
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    search.set(name, typeof value === "string" ? value : JSON.stringify(value));
  }
  req.url = `${url.pathname}?${search}`;
}

/** GET parameters: strings as they are, `variables` and `extensions` as the JSON they hold. */
function fromSearch(search: URLSearchParams): Parameters {
  const params: Record<string, unknown> = {};
  for (const [name, value] of search) {
    if (name === "extensions") {
      try {
        params[name] = JSON.parse(value);
      } catch {
        params[name] = value;
      }
    } else params[name] = value;
  }
  return params;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function refuse(res: Response, status: number, code: string, message: string): void {
  res.setHeader("cache-control", "no-store");
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}
