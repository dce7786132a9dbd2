/**
 * What people, organizations and countries are asked for beyond their lists: positions at a
 * date, counterparts, articles, the meetings shared with a counterpart. The arguments checked
 * and the loaders' keys made here, so the same arguments share one load.
 */
import type { DataLayer } from "../data/index.ts";
import { parseFuzzyDate } from "./dates.ts";
import { InvalidInputError } from "./errors.ts";
import { pageArgs } from "./pagination.ts";

export function actorServices(data: DataLayer) {
  /** Positions held at `at` (a year, month or day), or all of them. */
  const positionsAt = (id: string, at: string | null | undefined) => {
    const interval = at ? parseFuzzyDate(at, "at") : null;
    return {
      key: `${id}|${at ?? ""}`,
      id,
      start: interval?.start ?? null,
      end: interval?.end ?? null,
    };
  };
  /**
   * The positions a list loaded that are (`alleged`) or are not another actor's claim. Their
   * details came with the list, so this costs no query.
   */
  const onlyAlleged = async <T extends { id: string }>(positions: T[], alleged: boolean) => {
    const details = await Promise.all(
      positions.map((position) => data.actors.positionDetails.load(position.id)),
    );
    return positions.filter((_, i) => details[i]?.alleged === alleged);
  };
  return {
    /** A person's positions at `at` (held ones; `alleged`: another actor's claims instead). */
    personPositions: async (
      id: string,
      at: string | null | undefined,
      { alleged = false }: { alleged?: boolean } = {},
    ) => onlyAlleged(await data.actors.personPositions.load(positionsAt(id, at)), alleged),
    organizationPositions: async (id: string, at: string | null | undefined) =>
      onlyAlleged(await data.actors.organizationPositions.load(positionsAt(id, at)), false),
    countryPositions: async (id: string, at: string | null | undefined) =>
      onlyAlleged(await data.actors.countryPositions.load(positionsAt(id, at)), false),
    /** Whom an actor met most, counted over the meetings from `from` to `to` (fuzzy dates). */
    counterparts: (
      id: string,
      first: number | null | undefined,
      from: string | null | undefined,
      to: string | null | undefined,
    ) => {
      const size = first ?? 20;
      if (!Number.isInteger(size) || size < 0 || size > 100)
        throw new InvalidInputError("first", "first: must be between 0 and 100");
      const start = from ? parseFuzzyDate(from, "from").start : null;
      const end = to ? parseFuzzyDate(to, "to").end : null;
      return data.actors.counterparts.load({
        key: `${id}|${size}|${start ?? ""}|${end ?? ""}`,
        id,
        first: size,
        from: start,
        to: end,
      });
    },
    /** What an agency or intermediary passed on, in date order. */
    relayed: (id: string, first: number | null | undefined) => {
      const size = pageArgs(first, null).first;
      return data.actors.relayed.load({ key: `${id}|${size}`, id, first: size });
    },
    articles: (id: string, first: number | null | undefined) => {
      const size = pageArgs(first, null).first;
      return data.actors.personArticles.load({ key: `${id}|${size}`, id, first: size });
    },
    sharedMeetings: (person: string, counterpart: string) =>
      data.actors.sharedMeetings.load({
        key: `${person}|${counterpart}`,
        person,
        counterpart,
      }),
  };
}
