/**
 * Small HTTP guards that hold for every response or every GraphQL request body, ahead of
 * Apollo: no content sniffing, bodies only in encodings we decode and in UTF-8, documents
 * only as deep as the parser can take.
 */
import { MIMEType } from "node:util";
import type { RequestHandler } from "express";
import { nestingLimitError, type ParseLimits } from "../graphql/parse-limits.ts";

/** Browsers must take every answer (JSON, the IDE, metrics) as the type it says it is. */
export const noSniff: RequestHandler = (_req, res, next) => {
  res.setHeader("x-content-type-options", "nosniff");
  next();
};

/**
 * Encodings the JSON body parser decodes itself (within the body size limit, counted after
 * decoding). Anything else (br, zstd, made-up names) is 415, not a "malformed body" 400.
 */
const DECODED = new Set(["identity", "gzip", "deflate"]);

export const contentEncoding: RequestHandler = (req, res, next) => {
  const header = req.headers["content-encoding"];
  if (header === undefined) return next();
  const encodings = header
    .split(",")
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== "");
  const unsupported = encodings.find((encoding) => !DECODED.has(encoding));
  if (unsupported === undefined && encodings.length <= 1) return next();
  res.status(415).json({
    errors: [
      {
        message: `Unsupported content encoding ${JSON.stringify((unsupported ?? header).slice(0, 40))}; send identity, gzip or deflate`,
        extensions: { code: "UNSUPPORTED_MEDIA_TYPE" },
      },
    ],
  });
};

/**
 * JSON between systems is UTF-8 (RFC 8259, section 8.1). The JSON parser decoded any charset
 * iconv-lite knows whose name starts with "utf-" (a body in UTF-7 ran) and refused the rest
 * as an "unsupported content encoding"; now anything but UTF-8 is a 415 that names the charset.
 */
export const charsetUtf8: RequestHandler = (req, res, next) => {
  const type = req.headers["content-type"];
  if (type === undefined) return next();
  let charset: string | null = null;
  try {
    charset = new MIMEType(type).params.get("charset");
  } catch {
    return next(); // Not a media type at all: Apollo answers that.
  }
  if (charset === null || charset.toLowerCase() === "utf-8") return next();
  res.status(415).json({
    errors: [
      {
        message: `Unsupported charset ${JSON.stringify(charset.slice(0, 40))}; send JSON in UTF-8`,
        extensions: { code: "UNSUPPORTED_MEDIA_TYPE" },
      },
    ],
  });
};

/**
 * A document nested deeper than the limit is refused before Apollo parses it (the parser
 * recurses once per level): 400 with QUERY_LIMIT_EXCEEDED, as the other query limits.
 */
export function documentNesting(limits: ParseLimits): RequestHandler {
  return (req, res, next) => {
    const query: unknown = req.method === "GET" ? req.query.query : req.body?.query;
    const error = typeof query === "string" ? nestingLimitError(query, limits) : undefined;
    if (!error) return next();
    res.status(400).json({ errors: [error] });
  };
}
