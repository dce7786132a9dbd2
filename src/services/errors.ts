/**
 * The errors the services raise. The data layer below them gets only validated input, so it
 * raises none of these; the GraphQL layer above maps them to error codes (../graphql/errors.ts).
 */

/** A client-supplied argument the API cannot use; surfaces as BAD_USER_INPUT. */
export class InvalidInputError extends Error {
  override name = "InvalidInputError";
  readonly argument: string;
  constructor(argument: string, message: string) {
    super(message);
    this.argument = argument;
  }
}
