/** Relay connections: `totalCount` is its own (batched) count, asked only when selected. */
import type {
  MeetingConnectionResolvers,
  OrganizationConnectionResolvers,
  PersonConnectionResolvers,
  PositionConnectionResolvers,
  StatementConnectionResolvers,
} from "../../__generated__/resolvers-types.ts";

export const MeetingConnection: MeetingConnectionResolvers = {
  totalCount: (connection) => connection.totalCount(),
};
export const StatementConnection: StatementConnectionResolvers = {
  totalCount: (connection) => connection.totalCount(),
};
export const PersonConnection: PersonConnectionResolvers = {
  totalCount: (connection) => connection.totalCount(),
};
export const OrganizationConnection: OrganizationConnectionResolvers = {
  totalCount: (connection) => connection.totalCount(),
};
export const PositionConnection: PositionConnectionResolvers = {
  totalCount: (connection) => connection.totalCount(),
};
