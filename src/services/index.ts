/**
 * The services of one request, per domain, over its data layer: they own what a client's
 * arguments must be (ids of the right kind, lists and text within their caps, dates, page
 * arguments), the loaders' keys, and which request the data layer gets. Resolvers only
 * delegate to them (or to the data layer's loaders for fields that take no argument), and
 * the data layer gets only checked input: it knows nothing of GraphQL.
 */
import type { DataLayer } from "../data/index.ts";
import { actorServices } from "./actors.ts";
import { listServices } from "./lists.ts";
import { nodeServices } from "./nodes.ts";

export function createServices(data: DataLayer) {
  return {
    lists: listServices(data),
    actors: actorServices(data),
    nodes: nodeServices(data),
  };
}

export type Services = ReturnType<typeof createServices>;

export { InvalidInputError } from "./errors.ts";
export { pageArgs } from "./pagination.ts";
