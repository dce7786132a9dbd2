/**
 * How far `shortestConnection` looks: the default and the most hops a client may ask for.
 * Written once, for the API (./paths.ts, ../services/nodes.ts) and the explorer's route
 * (web/src/route.ts, bundled from here), so a link never asks for more than the API allows.
 * No imports: the explorer's bundle takes this file alone.
 */
export const DEFAULT_MAX_HOPS = 4;
export const MAX_HOPS = 6;
