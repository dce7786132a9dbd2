/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query PositionsAtDate {\n    person(id: \"person:hassan-kazemi-qomi\") {\n      all: positions { title current claimedBy { ... on Organization { id } } }\n      at: positions(at: \"2007-11-20\") { title }\n    }\n  }\n": typeof types.PositionsAtDateDocument,
    "\n  query AllegedPositions {\n    person(id: \"person:hassan-kazemi-qomi\") {\n      positions { title claimedBy { ... on Organization { id } } }\n      allegedPositions {\n        title holder { id }\n        claimedBy { ... on Organization { id } }\n        claim { id speaker { id } sources { article { id } } }\n      }\n    }\n  }\n": typeof types.AllegedPositionsDocument,
};
const documents: Documents = {
    "\n  query PositionsAtDate {\n    person(id: \"person:hassan-kazemi-qomi\") {\n      all: positions { title current claimedBy { ... on Organization { id } } }\n      at: positions(at: \"2007-11-20\") { title }\n    }\n  }\n": types.PositionsAtDateDocument,
    "\n  query AllegedPositions {\n    person(id: \"person:hassan-kazemi-qomi\") {\n      positions { title claimedBy { ... on Organization { id } } }\n      allegedPositions {\n        title holder { id }\n        claimedBy { ... on Organization { id } }\n        claim { id speaker { id } sources { article { id } } }\n      }\n    }\n  }\n": types.AllegedPositionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PositionsAtDate {\n    person(id: \"person:hassan-kazemi-qomi\") {\n      all: positions { title current claimedBy { ... on Organization { id } } }\n      at: positions(at: \"2007-11-20\") { title }\n    }\n  }\n"): (typeof documents)["\n  query PositionsAtDate {\n    person(id: \"person:hassan-kazemi-qomi\") {\n      all: positions { title current claimedBy { ... on Organization { id } } }\n      at: positions(at: \"2007-11-20\") { title }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllegedPositions {\n    person(id: \"person:hassan-kazemi-qomi\") {\n      positions { title claimedBy { ... on Organization { id } } }\n      allegedPositions {\n        title holder { id }\n        claimedBy { ... on Organization { id } }\n        claim { id speaker { id } sources { article { id } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AllegedPositions {\n    person(id: \"person:hassan-kazemi-qomi\") {\n      positions { title claimedBy { ... on Organization { id } } }\n      allegedPositions {\n        title holder { id }\n        claimedBy { ... on Organization { id } }\n        claim { id speaker { id } sources { article { id } } }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;