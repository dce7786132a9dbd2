/**
 * Trusted documents (issue 24): the shipped operations (operations/*.graphql), each known by
 * an id, so a client may send the id instead of the text (and over GET, where a CDN or the
 * browser can keep the answer), and production may refuse every other document.
 *
 * The ids and texts come from `npm run codegen`: GraphQL Codegen's client preset
 * (`persistedDocuments`) prints each operation with the fragments it uses, normalized, and
 * names it `sha256:` + the SHA-256 of that text in hex, the GraphQL-over-HTTP persisted
 * documents identifier (Appendix A). The same id is on each of the explorer's typed documents
 * (`__meta__.hash`). Apollo's clients send the bare hex in
 * `extensions.persistedQuery.sha256Hash`; GraphQL Hive's and the spec's send `documentId`.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { Kind, type OperationTypeNode, parse } from "graphql";
import { paths } from "../config/paths.ts";

/** A SHA-256 hex document identifier, as the spec writes it. */
const SHA256_ID = /^sha256:[0-9a-f]{64}$/;
const SHA256_HEX = /^[0-9a-fA-F]{64}$/;

export interface TrustedDocument {
  id: string;
  /** The document as the manifest holds it: the operation and the fragments it uses. */
  text: string;
  operationName: string | undefined;
  operation: OperationTypeNode;
}

export class TrustedDocuments {
  readonly #byId: Map<string, TrustedDocument>;
  readonly #texts: Set<string>;

  constructor(documents: Iterable<TrustedDocument>) {
    this.#byId = new Map([...documents].map((document) => [document.id, document]));
    this.#texts = new Set([...this.#byId.values()].map((document) => document.text));
  }

  get size(): number {
    return this.#byId.size;
  }

  /** The document a request names, by `documentId` or Apollo's bare hash; else undefined. */
  get(id: string): TrustedDocument | undefined {
    return this.#byId.get(canonicalId(id));
  }

  /** Whether a text is one of the trusted documents, exactly (its answer may be cached). */
  hasText(text: string): boolean {
    return this.#texts.has(text);
  }

  [Symbol.iterator](): Iterator<TrustedDocument> {
    return this.#byId.values();
  }
}

/** `sha256:<hex>` for a spec id, and for Apollo's bare hex (any case); others as they are. */
export function canonicalId(id: string): string {
  if (SHA256_HEX.test(id)) return `sha256:${id.toLowerCase()}`;
  if (id.startsWith("sha256:") && SHA256_HEX.test(id.slice(7)))
    return `sha256:${id.slice(7).toLowerCase()}`;
  return id;
}

/** The id of a document's text: what the client preset writes for it. */
export function documentIdOf(text: string): string {
  return `sha256:${createHash("sha256").update(text, "utf8").digest("hex")}`;
}

/**
 * Reads the manifest (`{ "<id>": "<text>" }`) and checks it at start-up: every id must be
 * the SHA-256 of its text (a hand-edited or stale file fails here, not in a request), and
 * every text one named operation with its fragments.
 */
export function loadTrustedDocuments(file: string = paths.trustedDocuments): TrustedDocuments {
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(
      `${file}: cannot read the trusted documents (run npm run codegen): ${(error as Error).message}`,
    );
  }
  if (typeof manifest !== "object" || manifest === null || Array.isArray(manifest))
    throw new Error(`${file}: expected an object of "sha256:…" ids to documents`);
  const documents: TrustedDocument[] = [];
  for (const [id, text] of Object.entries(manifest)) {
    if (!SHA256_ID.test(id) || typeof text !== "string")
      throw new Error(`${file}: ${JSON.stringify(id)} is not a "sha256:<hex>" id of a document`);
    if (documentIdOf(text) !== id)
      throw new Error(`${file}: ${id} is not the SHA-256 of its document (run npm run codegen)`);
    const operations = parse(text).definitions.filter(
      (definition) => definition.kind === Kind.OPERATION_DEFINITION,
    );
    const [operation] = operations;
    if (operations.length !== 1 || operation === undefined)
      throw new Error(`${file}: ${id} must hold exactly one operation`);
    documents.push({
      id,
      text,
      operationName: operation.name?.value,
      operation: operation.operation,
    });
  }
  return new TrustedDocuments(documents);
}
