/**
 * The explorer asks for its operations by id (issue 24): each document codegen's client
 * preset made carries its trusted-document id (`__meta__.hash`, "sha256:…", the id the API's
 * manifest knows it by). This exchange hands urql a persisted document in its place (no
 * definitions, a `documentId`), which urql's fetchExchange sends as `documentId` instead of
 * the text; with `preferGetMethod`, as a GET a browser or CDN may cache:
 * `/graphql?documentId=sha256:…&variables=…`. A document without an id goes as it is.
 */
import type { Kind } from "graphql";
import { type Exchange, makeOperation, mapExchange } from "urql";

interface WithTrustedId {
  __meta__?: { hash?: unknown };
}

export const trustedDocumentsExchange: Exchange = mapExchange({
  onOperation(operation) {
    const id = (operation.query as WithTrustedId).__meta__?.hash;
    if (operation.kind !== "query" || typeof id !== "string") return operation;
    // The key stays the operation's own: urql's cache and hooks still see the same request.
    return makeOperation(operation.kind, {
      ...operation,
      // The kind as a literal: graphql-js itself stays out of the bundle.
      query: { kind: "Document" as Kind.DOCUMENT, definitions: [], documentId: id },
    });
  },
});
