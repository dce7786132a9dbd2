/**
 * Limits enforced while the document is read, before any validation rule runs, as Apollo
 * Router's parser limits (`parser_max_tokens`, `parser_max_recursion`): a refused document
 * costs one pass of the lexer, never the validation rules (the overlapping-fields rule is
 * quadratic in the fields) nor the parser's recursion (deep `[[[…` overflows its stack).
 *
 * The token limit is graphql-js's own `maxTokens` parse option (Apollo Server passes
 * `parseOptions` to `parse`). graphql-js 16 has no option for nesting, and an Apollo plugin
 * cannot refuse a request before parsing (an error thrown from `didResolveSource` becomes a
 * 500), so the HTTP layer checks `nestingLimitError` on the query before Apollo sees it.
 */
import { type GraphQLFormattedError, Lexer, type ParseOptions, Source, TokenKind } from "graphql";
import { ErrorCode } from "./errors.ts";

export interface ParseLimits {
  maxTokens: number;
  maxNesting: number;
}

/** For Apollo Server's `parseOptions`: parsing stops at token `maxTokens + 1`. */
export function parseOptions(limits: ParseLimits): ParseOptions {
  return { maxTokens: limits.maxTokens };
}

const OPENING = new Set<TokenKind>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSING = new Set<TokenKind>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

/**
 * The deepest nesting of `{`, `[` and `(` in `source`, read with graphql-js's lexer and
 * stopping early: at `maxNesting + 1`, at token `maxTokens + 1` (the parser refuses the rest)
 * or at a lexical error (the parser reports it, with its location).
 */
export function nestingDepth(source: string, { maxTokens, maxNesting }: ParseLimits): number {
  const lexer = new Lexer(new Source(source));
  let depth = 0;
  let deepest = 0;
  try {
    for (let tokens = 0; tokens <= maxTokens; tokens++) {
      const token = lexer.advance();
      if (token.kind === TokenKind.EOF) break;
      if (OPENING.has(token.kind)) {
        depth++;
        if (depth > deepest) deepest = depth;
        if (deepest > maxNesting) break;
      } else if (CLOSING.has(token.kind)) {
        depth--;
      }
    }
  } catch {
    // A syntax error: parsing reports it.
  }
  return deepest;
}

/** The error for a document nested deeper than the limit, in GraphQL's response shape. */
export function nestingLimitError(
  query: string,
  limits: ParseLimits,
): GraphQLFormattedError | undefined {
  if (nestingDepth(query, limits) <= limits.maxNesting) return undefined;
  return {
    message: `Document nesting exceeds the limit of ${limits.maxNesting} levels of {, [ and (. Parsing aborted.`,
    extensions: { code: ErrorCode.QUERY_LIMIT_EXCEEDED, limit: "nesting" },
  };
}
