/**
 * Limits checked before anything runs: depth, aliases, tokens and directives, with
 * graphql-armor (the cost limit is ./cost/, which reads the SDL's cost directives and the
 * request's variables). A rejected document never reaches a resolver, so it sends no Cypher.
 */
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { MaxTokensParserWLexer } from "@escape.tech/graphql-armor-max-tokens";
import { GraphQLError, type ValidationRule } from "graphql";
import type { GraphQLLimits } from "../config/index.ts";

export function armor(limits: GraphQLLimits, production: boolean) {
  const protection = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    // Armor's Apollo plugin for tokens re-parses in parsingDidStart and turns EVERY syntax
    // error into a 200 "validation failed", breaking GraphQL-over-HTTP's 400 for parse
    // errors; the same counting lexer runs as a validation rule instead (below).
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    // Armor's cost multiplies by depth, reads `first` only when written in the query and
    // counts an unpaginated list as one item: ./cost/ measures what a query can return instead.
    costLimit: { enabled: false },
    // Suggestions ("Did you mean ...?") map the schema for strangers when introspection is off.
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    ...protection,
    validationRules: [tokenLimit(limits.maxTokens), ...protection.validationRules],
  };
}

/** Rejects a document with more than `max` tokens, counted by graphql-armor's lexer. */
function tokenLimit(max: number): ValidationRule {
  return (context) => {
    const source = context.getDocument().loc?.source;
    if (source) {
      try {
        new MaxTokensParserWLexer(source, { n: max }).parseDocument();
      } catch (error) {
        // The document already parsed once, so the only failure left is the limit.
        context.reportError(
          error instanceof GraphQLError ? error : new GraphQLError(String(error)),
        );
      }
    }
    return {};
  };
}

/** graphql-armor reports its rejections as messages; this names the limit for a stable code. */
const LIMIT_MESSAGES: Array<[RegExp, string]> = [
  [/depth limit/i, "depth"],
  [/aliases limit/i, "aliases"],
  [/token limit/i, "tokens"],
  [/directives limit/i, "directives"],
];

export function exceededLimit(message: string): string | undefined {
  if (!message.startsWith("Syntax Error:")) return undefined;
  return LIMIT_MESSAGES.find(([pattern]) => pattern.test(message))?.[1];
}
