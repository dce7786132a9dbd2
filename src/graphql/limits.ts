/**
 * Limits checked before anything runs: depth and aliases with graphql-armor, directives with
 * ./directive-limit.ts (tokens and nesting are refused earlier, while parsing:
 * ./parse-limits.ts; the cost limit is ./cost/, which reads the SDL's cost directives and the
 * request's variables). A rejected document never reaches a resolver, so it sends no Cypher.
 */
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { GraphQLLimits } from "../config/index.ts";
import { maxDirectivesRule } from "./directive-limit.ts";

export function armor(limits: GraphQLLimits) {
  const protection = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true },
    // Armor's default allow-list skips every alias named or aliasing `__typename`, so
    // `__typename: person(…)` went uncounted; every alias counts.
    maxAliases: { n: limits.maxAliases, allowList: [] },
    // Armor's Apollo plugin for tokens re-parses in parsingDidStart and turns EVERY syntax
    // error into a 200 "validation failed", breaking GraphQL-over-HTTP's 400 for parse
    // errors; graphql-js's own maxTokens parse option refuses instead (./parse-limits.ts).
    maxTokens: { enabled: false },
    // Armor's directive count dropped the directives of spreads of a fragment seen before.
    maxDirectives: { enabled: false },
    // Armor's cost multiplies by depth, reads `first` only when written in the query and
    // counts an unpaginated list as one item: ./cost/ measures what a query can return instead.
    costLimit: { enabled: false },
    // Suggestions are hidden by graphql-js itself (hideSuggestions, ./server.ts): armor's
    // plugin rewrote messages by pattern and missed enum values and input fields.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    ...protection,
    validationRules: [...protection.validationRules, maxDirectivesRule(limits.maxDirectives)],
  };
}

/**
 * graphql-armor reports its rejections, and graphql-js its token limit, as syntax errors with
 * a message only; this names the limit for a stable code.
 */
const LIMIT_MESSAGES: Array<[RegExp, string]> = [
  [/depth limit/i, "depth"],
  [/aliases limit/i, "aliases"],
  [/Document contains more tha[nt] \d+ tokens/, "tokens"],
];

export function exceededLimit(message: string): string | undefined {
  if (!message.startsWith("Syntax Error:")) return undefined;
  return LIMIT_MESSAGES.find(([pattern]) => pattern.test(message))?.[1];
}
