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
    "\n  query MeetingsBetween($filter: MeetingFilter) {\n    meetings(filter: $filter, first: 100) { edges { node { id } } }\n  }\n": typeof types.MeetingsBetweenDocument,
    "\n  query Counterparts($id: ID!) { person(id: $id) { counterparts { person { id } meetingCount } } }\n": typeof types.CounterpartsDocument,
    "\n  query PositionsAt($id: ID!, $at: String) { person(id: $id) { positions(at: $at) { id } } }\n": typeof types.PositionsAtDocument,
    "\n  query MeetingParties($id: ID!) {\n    meeting(id: $id) {\n      status\n      participants { person { name } }\n      intendedParticipants { person { name } }\n      parties { ... on Country { name } ... on Organization { name } }\n      intendedParties { ... on Country { name } ... on Organization { name } }\n    }\n  }\n": typeof types.MeetingPartiesDocument,
    "\n  query JointStatements($actor: ID!) {\n    statements(filter: { onBehalfOf: $actor }, first: 100) { edges { node {\n      id\n      jointWith {\n        speaker { name }\n        principals { ... on Country { name } ... on Organization { name } ... on Person { name } }\n      }\n    } } }\n  }\n": typeof types.JointStatementsDocument,
    "\n  query ShortestConnection($from: ID!, $to: ID!) {\n    shortestConnection(from: $from, to: $to, maxHops: 6) { hops nodes { ... on Node { id } } }\n  }\n": typeof types.ShortestConnectionDocument,
    "\n  query FirstMeetings {\n    meetings(first: 2) { totalCount pageInfo { endCursor hasNextPage } edges { cursor node { id } } }\n  }\n": typeof types.FirstMeetingsDocument,
    "\n  query CounterpartsWithMeetings($id: ID!) { person(id: $id) { counterparts {\n    meetingCount person { id } meetings { id status }\n  } } }\n": typeof types.CounterpartsWithMeetingsDocument,
    "\n  query CounterpartCounts($id: ID!) { person(id: $id) { counterparts { meetingCount person { id } } } }\n": typeof types.CounterpartCountsDocument,
    "\n  query MeetingsOfPair($pair: [ID!]) { meetings(filter: {participants: $pair}, first: 50) {\n    totalCount pageInfo { hasNextPage } edges { node { id } }\n  } }\n": typeof types.MeetingsOfPairDocument,
    "\n  query MeetingsOfCountryPair($codes: [String!]) { meetings(filter: {countries: $codes}, first: 50) {\n    totalCount edges { node { id } }\n  } }\n": typeof types.MeetingsOfCountryPairDocument,
    "\n  query OrganizationOffices($id: ID!, $at: String, $first: Int, $after: String) {\n    organization(id: $id) {\n      positions(at: $at) { id title holder { id } }\n      offices(at: $at, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        edges { cursor node { id title holder { id } } }\n      }\n    }\n  }\n": typeof types.OrganizationOfficesDocument,
    "\n  query CountryOffices($code: String!, $at: String, $first: Int, $after: String) {\n    country(code: $code) {\n      positions(at: $at) { id title holder { id } }\n      offices(at: $at, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        edges { cursor node { id title holder { id } } }\n      }\n    }\n  }\n": typeof types.CountryOfficesDocument,
    "\n  query EveryCountrysFirstOffice($first: Int) {\n    countries { id offices(first: $first) { edges { node { id holder { id name } } } } }\n  }\n": typeof types.EveryCountrysFirstOfficeDocument,
    "\n  query PositionsAtDate {\n    person(id: \"person:hassan-kazemi-qomi\") {\n      all: positions { title current claimedBy { ... on Organization { id } } }\n      at: positions(at: \"2007-11-20\") { title }\n    }\n  }\n": typeof types.PositionsAtDateDocument,
    "\n  query AllegedPositions {\n    person(id: \"person:hassan-kazemi-qomi\") {\n      positions { title claimedBy { ... on Organization { id } } }\n      allegedPositions {\n        title holder { id }\n        claimedBy { ... on Organization { id } }\n        claim { id speaker { id } sources { article { id } } }\n      }\n    }\n  }\n": typeof types.AllegedPositionsDocument,
    "\n  query Nested($first: Int, $filter: MeetingFilter) {\n    meetings(first: $first, filter: $filter) {\n      edges { node {\n        id\n        host { __typename }\n        participants { role person { id name positions { title } } representing { __typename } }\n        statements { id speaker { id } sources { excerpt article { id } } }\n        sources { excerpt article { id } }\n      } }\n    }\n  }\n": typeof types.NestedDocument,
    "\n  query TooLongAPage($id: ID!) { person(id: $id) { meetings(first: 1000) { totalCount } } }\n": typeof types.TooLongAPageDocument,
    "\n  query NameAndAliases { person(id: \"person:ryan-crocker\") { name aliases } }\n": typeof types.NameAndAliasesDocument,
    "\n  query StatementById($id: ID!) { node(id: $id) { __typename ...StatementDetails } }\n  fragment StatementDetails on Statement {\n    id\n    speaker { id } speakers { id }\n    onBehalfOf { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n    principals { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n    relayedBy { id }\n    directedAt { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n    targets { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n    meeting { id } concerns { id } topics { id }\n  }\n": typeof types.StatementByIdDocument,
    "\n  query MeetingStatementsTwice {\n    quotes: meetings(first: 25) { edges { node {\n      statements { id speaker { id } } statementsAbout { id speaker { id } }\n    } } }\n    everything: meetings(first: 25) { edges { node {\n      statements {\n        id\n        speaker { id } speakers { id }\n        onBehalfOf { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n        principals { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n        relayedBy { id }\n        directedAt { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n        targets { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n        meeting { id } concerns { id } topics { id }\n      }\n      statementsAbout {\n        id\n        speaker { id } speakers { id }\n        onBehalfOf { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n        principals { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n        relayedBy { id }\n        directedAt { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n        targets { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n        meeting { id } concerns { id } topics { id }\n      }\n    } } }\n  }\n": typeof types.MeetingStatementsTwiceDocument,
    "\n  query StatementsTwice {\n    quotes: statements(first: 50) { edges { node { id speaker { id } } } }\n    everything: statements(first: 50) { edges { node {\n      id\n      speaker { id } speakers { id }\n      onBehalfOf { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n      principals { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n      relayedBy { id }\n      directedAt { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n      targets { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n      meeting { id } concerns { id } topics { id }\n    } } }\n  }\n": typeof types.StatementsTwiceDocument,
    "\n  query MeetingQuotes {\n    meetings(first: 25) { edges { node { id statements { id speaker { id } } } } }\n  }\n": typeof types.MeetingQuotesDocument,
    "\n  query MeetingStatementTopics {\n    meetings(first: 25) { edges { node { id statements { id topics { id } targets { __typename } } } } }\n  }\n": typeof types.MeetingStatementTopicsDocument,
    "\n  query StatementsBetween($from: ID!, $to: ID!) {\n    statements(filter: {onBehalfOf: $from, directedAt: $to}, first: 50) {\n      totalCount\n      edges { node { id principals { __typename ... on Country { id } } targets { __typename ... on Country { id } } } }\n    }\n  }\n": typeof types.StatementsBetweenDocument,
    "\n  query MeetingOrder($id: ID!) { person(id: $id) { meetings(first: 50) { edges { node { id } } } } }\n": typeof types.MeetingOrderDocument,
    "\n  query OfficeOrder {\n    country(code: \"USA\") {\n      offices(first: 100) { totalCount edges { node { title holder { name } } } }\n    }\n  }\n": typeof types.OfficeOrderDocument,
    "\n  query PeopleAndSearch($t: String!) {\n    people(search: $t) { edges { node { id } } }\n    search(text: $t) { ... on Person { id } }\n  }\n": typeof types.PeopleAndSearchDocument,
};
const documents: Documents = {
    "\n  query MeetingsBetween($filter: MeetingFilter) {\n    meetings(filter: $filter, first: 100) { edges { node { id } } }\n  }\n": types.MeetingsBetweenDocument,
    "\n  query Counterparts($id: ID!) { person(id: $id) { counterparts { person { id } meetingCount } } }\n": types.CounterpartsDocument,
    "\n  query PositionsAt($id: ID!, $at: String) { person(id: $id) { positions(at: $at) { id } } }\n": types.PositionsAtDocument,
    "\n  query MeetingParties($id: ID!) {\n    meeting(id: $id) {\n      status\n      participants { person { name } }\n      intendedParticipants { person { name } }\n      parties { ... on Country { name } ... on Organization { name } }\n      intendedParties { ... on Country { name } ... on Organization { name } }\n    }\n  }\n": types.MeetingPartiesDocument,
    "\n  query JointStatements($actor: ID!) {\n    statements(filter: { onBehalfOf: $actor }, first: 100) { edges { node {\n      id\n      jointWith {\n        speaker { name }\n        principals { ... on Country { name } ... on Organization { name } ... on Person { name } }\n      }\n    } } }\n  }\n": types.JointStatementsDocument,
    "\n  query ShortestConnection($from: ID!, $to: ID!) {\n    shortestConnection(from: $from, to: $to, maxHops: 6) { hops nodes { ... on Node { id } } }\n  }\n": types.ShortestConnectionDocument,
    "\n  query FirstMeetings {\n    meetings(first: 2) { totalCount pageInfo { endCursor hasNextPage } edges { cursor node { id } } }\n  }\n": types.FirstMeetingsDocument,
    "\n  query CounterpartsWithMeetings($id: ID!) { person(id: $id) { counterparts {\n    meetingCount person { id } meetings { id status }\n  } } }\n": types.CounterpartsWithMeetingsDocument,
    "\n  query CounterpartCounts($id: ID!) { person(id: $id) { counterparts { meetingCount person { id } } } }\n": types.CounterpartCountsDocument,
    "\n  query MeetingsOfPair($pair: [ID!]) { meetings(filter: {participants: $pair}, first: 50) {\n    totalCount pageInfo { hasNextPage } edges { node { id } }\n  } }\n": types.MeetingsOfPairDocument,
    "\n  query MeetingsOfCountryPair($codes: [String!]) { meetings(filter: {countries: $codes}, first: 50) {\n    totalCount edges { node { id } }\n  } }\n": types.MeetingsOfCountryPairDocument,
    "\n  query OrganizationOffices($id: ID!, $at: String, $first: Int, $after: String) {\n    organization(id: $id) {\n      positions(at: $at) { id title holder { id } }\n      offices(at: $at, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        edges { cursor node { id title holder { id } } }\n      }\n    }\n  }\n": types.OrganizationOfficesDocument,
    "\n  query CountryOffices($code: String!, $at: String, $first: Int, $after: String) {\n    country(code: $code) {\n      positions(at: $at) { id title holder { id } }\n      offices(at: $at, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        edges { cursor node { id title holder { id } } }\n      }\n    }\n  }\n": types.CountryOfficesDocument,
    "\n  query EveryCountrysFirstOffice($first: Int) {\n    countries { id offices(first: $first) { edges { node { id holder { id name } } } } }\n  }\n": types.EveryCountrysFirstOfficeDocument,
    "\n  query PositionsAtDate {\n    person(id: \"person:hassan-kazemi-qomi\") {\n      all: positions { title current claimedBy { ... on Organization { id } } }\n      at: positions(at: \"2007-11-20\") { title }\n    }\n  }\n": types.PositionsAtDateDocument,
    "\n  query AllegedPositions {\n    person(id: \"person:hassan-kazemi-qomi\") {\n      positions { title claimedBy { ... on Organization { id } } }\n      allegedPositions {\n        title holder { id }\n        claimedBy { ... on Organization { id } }\n        claim { id speaker { id } sources { article { id } } }\n      }\n    }\n  }\n": types.AllegedPositionsDocument,
    "\n  query Nested($first: Int, $filter: MeetingFilter) {\n    meetings(first: $first, filter: $filter) {\n      edges { node {\n        id\n        host { __typename }\n        participants { role person { id name positions { title } } representing { __typename } }\n        statements { id speaker { id } sources { excerpt article { id } } }\n        sources { excerpt article { id } }\n      } }\n    }\n  }\n": types.NestedDocument,
    "\n  query TooLongAPage($id: ID!) { person(id: $id) { meetings(first: 1000) { totalCount } } }\n": types.TooLongAPageDocument,
    "\n  query NameAndAliases { person(id: \"person:ryan-crocker\") { name aliases } }\n": types.NameAndAliasesDocument,
    "\n  query StatementById($id: ID!) { node(id: $id) { __typename ...StatementDetails } }\n  fragment StatementDetails on Statement {\n    id\n    speaker { id } speakers { id }\n    onBehalfOf { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n    principals { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n    relayedBy { id }\n    directedAt { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n    targets { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n    meeting { id } concerns { id } topics { id }\n  }\n": types.StatementByIdDocument,
    "\n  query MeetingStatementsTwice {\n    quotes: meetings(first: 25) { edges { node {\n      statements { id speaker { id } } statementsAbout { id speaker { id } }\n    } } }\n    everything: meetings(first: 25) { edges { node {\n      statements {\n        id\n        speaker { id } speakers { id }\n        onBehalfOf { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n        principals { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n        relayedBy { id }\n        directedAt { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n        targets { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n        meeting { id } concerns { id } topics { id }\n      }\n      statementsAbout {\n        id\n        speaker { id } speakers { id }\n        onBehalfOf { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n        principals { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n        relayedBy { id }\n        directedAt { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n        targets { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n        meeting { id } concerns { id } topics { id }\n      }\n    } } }\n  }\n": types.MeetingStatementsTwiceDocument,
    "\n  query StatementsTwice {\n    quotes: statements(first: 50) { edges { node { id speaker { id } } } }\n    everything: statements(first: 50) { edges { node {\n      id\n      speaker { id } speakers { id }\n      onBehalfOf { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n      principals { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n      relayedBy { id }\n      directedAt { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n      targets { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n      meeting { id } concerns { id } topics { id }\n    } } }\n  }\n": types.StatementsTwiceDocument,
    "\n  query MeetingQuotes {\n    meetings(first: 25) { edges { node { id statements { id speaker { id } } } } }\n  }\n": types.MeetingQuotesDocument,
    "\n  query MeetingStatementTopics {\n    meetings(first: 25) { edges { node { id statements { id topics { id } targets { __typename } } } } }\n  }\n": types.MeetingStatementTopicsDocument,
    "\n  query StatementsBetween($from: ID!, $to: ID!) {\n    statements(filter: {onBehalfOf: $from, directedAt: $to}, first: 50) {\n      totalCount\n      edges { node { id principals { __typename ... on Country { id } } targets { __typename ... on Country { id } } } }\n    }\n  }\n": types.StatementsBetweenDocument,
    "\n  query MeetingOrder($id: ID!) { person(id: $id) { meetings(first: 50) { edges { node { id } } } } }\n": types.MeetingOrderDocument,
    "\n  query OfficeOrder {\n    country(code: \"USA\") {\n      offices(first: 100) { totalCount edges { node { title holder { name } } } }\n    }\n  }\n": types.OfficeOrderDocument,
    "\n  query PeopleAndSearch($t: String!) {\n    people(search: $t) { edges { node { id } } }\n    search(text: $t) { ... on Person { id } }\n  }\n": types.PeopleAndSearchDocument,
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
export function graphql(source: "\n  query MeetingsBetween($filter: MeetingFilter) {\n    meetings(filter: $filter, first: 100) { edges { node { id } } }\n  }\n"): (typeof documents)["\n  query MeetingsBetween($filter: MeetingFilter) {\n    meetings(filter: $filter, first: 100) { edges { node { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Counterparts($id: ID!) { person(id: $id) { counterparts { person { id } meetingCount } } }\n"): (typeof documents)["\n  query Counterparts($id: ID!) { person(id: $id) { counterparts { person { id } meetingCount } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PositionsAt($id: ID!, $at: String) { person(id: $id) { positions(at: $at) { id } } }\n"): (typeof documents)["\n  query PositionsAt($id: ID!, $at: String) { person(id: $id) { positions(at: $at) { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingParties($id: ID!) {\n    meeting(id: $id) {\n      status\n      participants { person { name } }\n      intendedParticipants { person { name } }\n      parties { ... on Country { name } ... on Organization { name } }\n      intendedParties { ... on Country { name } ... on Organization { name } }\n    }\n  }\n"): (typeof documents)["\n  query MeetingParties($id: ID!) {\n    meeting(id: $id) {\n      status\n      participants { person { name } }\n      intendedParticipants { person { name } }\n      parties { ... on Country { name } ... on Organization { name } }\n      intendedParties { ... on Country { name } ... on Organization { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JointStatements($actor: ID!) {\n    statements(filter: { onBehalfOf: $actor }, first: 100) { edges { node {\n      id\n      jointWith {\n        speaker { name }\n        principals { ... on Country { name } ... on Organization { name } ... on Person { name } }\n      }\n    } } }\n  }\n"): (typeof documents)["\n  query JointStatements($actor: ID!) {\n    statements(filter: { onBehalfOf: $actor }, first: 100) { edges { node {\n      id\n      jointWith {\n        speaker { name }\n        principals { ... on Country { name } ... on Organization { name } ... on Person { name } }\n      }\n    } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShortestConnection($from: ID!, $to: ID!) {\n    shortestConnection(from: $from, to: $to, maxHops: 6) { hops nodes { ... on Node { id } } }\n  }\n"): (typeof documents)["\n  query ShortestConnection($from: ID!, $to: ID!) {\n    shortestConnection(from: $from, to: $to, maxHops: 6) { hops nodes { ... on Node { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirstMeetings {\n    meetings(first: 2) { totalCount pageInfo { endCursor hasNextPage } edges { cursor node { id } } }\n  }\n"): (typeof documents)["\n  query FirstMeetings {\n    meetings(first: 2) { totalCount pageInfo { endCursor hasNextPage } edges { cursor node { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CounterpartsWithMeetings($id: ID!) { person(id: $id) { counterparts {\n    meetingCount person { id } meetings { id status }\n  } } }\n"): (typeof documents)["\n  query CounterpartsWithMeetings($id: ID!) { person(id: $id) { counterparts {\n    meetingCount person { id } meetings { id status }\n  } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CounterpartCounts($id: ID!) { person(id: $id) { counterparts { meetingCount person { id } } } }\n"): (typeof documents)["\n  query CounterpartCounts($id: ID!) { person(id: $id) { counterparts { meetingCount person { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingsOfPair($pair: [ID!]) { meetings(filter: {participants: $pair}, first: 50) {\n    totalCount pageInfo { hasNextPage } edges { node { id } }\n  } }\n"): (typeof documents)["\n  query MeetingsOfPair($pair: [ID!]) { meetings(filter: {participants: $pair}, first: 50) {\n    totalCount pageInfo { hasNextPage } edges { node { id } }\n  } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingsOfCountryPair($codes: [String!]) { meetings(filter: {countries: $codes}, first: 50) {\n    totalCount edges { node { id } }\n  } }\n"): (typeof documents)["\n  query MeetingsOfCountryPair($codes: [String!]) { meetings(filter: {countries: $codes}, first: 50) {\n    totalCount edges { node { id } }\n  } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationOffices($id: ID!, $at: String, $first: Int, $after: String) {\n    organization(id: $id) {\n      positions(at: $at) { id title holder { id } }\n      offices(at: $at, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        edges { cursor node { id title holder { id } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationOffices($id: ID!, $at: String, $first: Int, $after: String) {\n    organization(id: $id) {\n      positions(at: $at) { id title holder { id } }\n      offices(at: $at, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        edges { cursor node { id title holder { id } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountryOffices($code: String!, $at: String, $first: Int, $after: String) {\n    country(code: $code) {\n      positions(at: $at) { id title holder { id } }\n      offices(at: $at, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        edges { cursor node { id title holder { id } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CountryOffices($code: String!, $at: String, $first: Int, $after: String) {\n    country(code: $code) {\n      positions(at: $at) { id title holder { id } }\n      offices(at: $at, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        edges { cursor node { id title holder { id } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EveryCountrysFirstOffice($first: Int) {\n    countries { id offices(first: $first) { edges { node { id holder { id name } } } } }\n  }\n"): (typeof documents)["\n  query EveryCountrysFirstOffice($first: Int) {\n    countries { id offices(first: $first) { edges { node { id holder { id name } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PositionsAtDate {\n    person(id: \"person:hassan-kazemi-qomi\") {\n      all: positions { title current claimedBy { ... on Organization { id } } }\n      at: positions(at: \"2007-11-20\") { title }\n    }\n  }\n"): (typeof documents)["\n  query PositionsAtDate {\n    person(id: \"person:hassan-kazemi-qomi\") {\n      all: positions { title current claimedBy { ... on Organization { id } } }\n      at: positions(at: \"2007-11-20\") { title }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllegedPositions {\n    person(id: \"person:hassan-kazemi-qomi\") {\n      positions { title claimedBy { ... on Organization { id } } }\n      allegedPositions {\n        title holder { id }\n        claimedBy { ... on Organization { id } }\n        claim { id speaker { id } sources { article { id } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AllegedPositions {\n    person(id: \"person:hassan-kazemi-qomi\") {\n      positions { title claimedBy { ... on Organization { id } } }\n      allegedPositions {\n        title holder { id }\n        claimedBy { ... on Organization { id } }\n        claim { id speaker { id } sources { article { id } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Nested($first: Int, $filter: MeetingFilter) {\n    meetings(first: $first, filter: $filter) {\n      edges { node {\n        id\n        host { __typename }\n        participants { role person { id name positions { title } } representing { __typename } }\n        statements { id speaker { id } sources { excerpt article { id } } }\n        sources { excerpt article { id } }\n      } }\n    }\n  }\n"): (typeof documents)["\n  query Nested($first: Int, $filter: MeetingFilter) {\n    meetings(first: $first, filter: $filter) {\n      edges { node {\n        id\n        host { __typename }\n        participants { role person { id name positions { title } } representing { __typename } }\n        statements { id speaker { id } sources { excerpt article { id } } }\n        sources { excerpt article { id } }\n      } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TooLongAPage($id: ID!) { person(id: $id) { meetings(first: 1000) { totalCount } } }\n"): (typeof documents)["\n  query TooLongAPage($id: ID!) { person(id: $id) { meetings(first: 1000) { totalCount } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NameAndAliases { person(id: \"person:ryan-crocker\") { name aliases } }\n"): (typeof documents)["\n  query NameAndAliases { person(id: \"person:ryan-crocker\") { name aliases } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementById($id: ID!) { node(id: $id) { __typename ...StatementDetails } }\n  fragment StatementDetails on Statement {\n    id\n    speaker { id } speakers { id }\n    onBehalfOf { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n    principals { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n    relayedBy { id }\n    directedAt { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n    targets { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n    meeting { id } concerns { id } topics { id }\n  }\n"): (typeof documents)["\n  query StatementById($id: ID!) { node(id: $id) { __typename ...StatementDetails } }\n  fragment StatementDetails on Statement {\n    id\n    speaker { id } speakers { id }\n    onBehalfOf { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n    principals { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n    relayedBy { id }\n    directedAt { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n    targets { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n    meeting { id } concerns { id } topics { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingStatementsTwice {\n    quotes: meetings(first: 25) { edges { node {\n      statements { id speaker { id } } statementsAbout { id speaker { id } }\n    } } }\n    everything: meetings(first: 25) { edges { node {\n      statements {\n        id\n        speaker { id } speakers { id }\n        onBehalfOf { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n        principals { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n        relayedBy { id }\n        directedAt { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n        targets { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n        meeting { id } concerns { id } topics { id }\n      }\n      statementsAbout {\n        id\n        speaker { id } speakers { id }\n        onBehalfOf { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n        principals { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n        relayedBy { id }\n        directedAt { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n        targets { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n        meeting { id } concerns { id } topics { id }\n      }\n    } } }\n  }\n"): (typeof documents)["\n  query MeetingStatementsTwice {\n    quotes: meetings(first: 25) { edges { node {\n      statements { id speaker { id } } statementsAbout { id speaker { id } }\n    } } }\n    everything: meetings(first: 25) { edges { node {\n      statements {\n        id\n        speaker { id } speakers { id }\n        onBehalfOf { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n        principals { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n        relayedBy { id }\n        directedAt { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n        targets { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n        meeting { id } concerns { id } topics { id }\n      }\n      statementsAbout {\n        id\n        speaker { id } speakers { id }\n        onBehalfOf { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n        principals { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n        relayedBy { id }\n        directedAt { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n        targets { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n        meeting { id } concerns { id } topics { id }\n      }\n    } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementsTwice {\n    quotes: statements(first: 50) { edges { node { id speaker { id } } } }\n    everything: statements(first: 50) { edges { node {\n      id\n      speaker { id } speakers { id }\n      onBehalfOf { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n      principals { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n      relayedBy { id }\n      directedAt { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n      targets { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n      meeting { id } concerns { id } topics { id }\n    } } }\n  }\n"): (typeof documents)["\n  query StatementsTwice {\n    quotes: statements(first: 50) { edges { node { id speaker { id } } } }\n    everything: statements(first: 50) { edges { node {\n      id\n      speaker { id } speakers { id }\n      onBehalfOf { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n      principals { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n      relayedBy { id }\n      directedAt { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n      targets { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }\n      meeting { id } concerns { id } topics { id }\n    } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingQuotes {\n    meetings(first: 25) { edges { node { id statements { id speaker { id } } } } }\n  }\n"): (typeof documents)["\n  query MeetingQuotes {\n    meetings(first: 25) { edges { node { id statements { id speaker { id } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingStatementTopics {\n    meetings(first: 25) { edges { node { id statements { id topics { id } targets { __typename } } } } }\n  }\n"): (typeof documents)["\n  query MeetingStatementTopics {\n    meetings(first: 25) { edges { node { id statements { id topics { id } targets { __typename } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementsBetween($from: ID!, $to: ID!) {\n    statements(filter: {onBehalfOf: $from, directedAt: $to}, first: 50) {\n      totalCount\n      edges { node { id principals { __typename ... on Country { id } } targets { __typename ... on Country { id } } } }\n    }\n  }\n"): (typeof documents)["\n  query StatementsBetween($from: ID!, $to: ID!) {\n    statements(filter: {onBehalfOf: $from, directedAt: $to}, first: 50) {\n      totalCount\n      edges { node { id principals { __typename ... on Country { id } } targets { __typename ... on Country { id } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingOrder($id: ID!) { person(id: $id) { meetings(first: 50) { edges { node { id } } } } }\n"): (typeof documents)["\n  query MeetingOrder($id: ID!) { person(id: $id) { meetings(first: 50) { edges { node { id } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeOrder {\n    country(code: \"USA\") {\n      offices(first: 100) { totalCount edges { node { title holder { name } } } }\n    }\n  }\n"): (typeof documents)["\n  query OfficeOrder {\n    country(code: \"USA\") {\n      offices(first: 100) { totalCount edges { node { title holder { name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleAndSearch($t: String!) {\n    people(search: $t) { edges { node { id } } }\n    search(text: $t) { ... on Person { id } }\n  }\n"): (typeof documents)["\n  query PeopleAndSearch($t: String!) {\n    people(search: $t) { edges { node { id } } }\n    search(text: $t) { ... on Person { id } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;