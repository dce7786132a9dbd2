/** The resolver map, one module per domain; each is typed by the generated resolver types. */
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { Counterpart, Country, Organization, Person, Position } from "./actors.ts";
import {
  MeetingConnection,
  OrganizationConnection,
  PersonConnection,
  PositionConnection,
  StatementConnection,
} from "./connections.ts";
import { Article, Meeting, Participant, Path, Place, Statement, Topic } from "./events.ts";
import { Query } from "./Query.ts";

export const resolvers: Resolvers = {
  Query,
  Person,
  Counterpart,
  Organization,
  Country,
  Position,
  Meeting,
  Participant,
  Statement,
  Topic,
  Place,
  Article,
  Path,
  MeetingConnection,
  StatementConnection,
  PersonConnection,
  PositionConnection,
  OrganizationConnection,
};
