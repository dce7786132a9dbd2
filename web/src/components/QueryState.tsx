/**
 * What every view shows while its operation is in flight or when it failed: a status that
 * screen readers announce, and the API's error message with its stable code.
 */
import type { CombinedError } from "urql";

export function QueryState({
  fetching,
  error,
  what,
}: {
  fetching: boolean;
  error: CombinedError | undefined;
  what: string;
}) {
  if (error) {
    const codes = error.graphQLErrors
      .map((e) => e.extensions?.code)
      .filter((code): code is string => typeof code === "string");
    const message = error.graphQLErrors[0]?.message ?? error.networkError?.message ?? error.message;
    return (
      <p className="error" role="alert">
        Could not load {what}: {message}
        {codes.length > 0 && <code className="error-code">{codes.join(", ")}</code>}
      </p>
    );
  }
  if (fetching) {
    return (
      <p className="loading" role="status">
        Loading {what}…
      </p>
    );
  }
  return null;
}
