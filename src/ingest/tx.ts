/**
 * What seeding needs of a transaction: a managed one (session.executeWrite), or an explicit
 * one that a dry run rolls back.
 */
import type { ManagedTransaction } from "neo4j-driver";

export type Tx = Pick<ManagedTransaction, "run">;
