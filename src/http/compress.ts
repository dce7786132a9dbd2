/**
 * GraphQL answers compressed for clients that accept it (issue 24, part 4): the `compression`
 * middleware the bundles already use (src/http/static-pages.ts), brotli or gzip as the
 * client's `Accept-Encoding` prefers, with `Vary: Accept-Encoding`; without the header, or
 * for an answer under a kilobyte, plain. Only JSON (`application/json`,
 * `application/graphql-response+json`) is compressed: a streamed answer (`multipart/mixed`,
 * should incremental delivery ever be served; graphql-js 16 has none) would be held back by
 * the compressor's buffer, so it goes out as it is written. Statuses and headers are the
 * answer's own (a 503 keeps its `Retry-After`, a CSRF refusal its 400).
 */
import compression from "compression";
import type { RequestHandler } from "express";

const JSON_TYPES = /^application\/(?:graphql-response\+)?json\s*(?:;|$)/i;

/** Answers below this many bytes stay plain: compressing them saves next to nothing. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

export function compressJsonAnswers(): RequestHandler {
  return compression({
    threshold: COMPRESSION_THRESHOLD_BYTES,
    filter: (_req, res) => JSON_TYPES.test(String(res.getHeader("content-type") ?? "")),
  });
}
