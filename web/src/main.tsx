/**
 * The explorer's entry point: one urql client for the API's GraphQL endpoint, and the app.
 * The server hands the endpoint over in a non-executable JSON <script> (the CSP forbids
 * inline scripts).
 */
import { createRoot } from "react-dom/client";
import { Client, cacheExchange, fetchExchange, Provider } from "urql";
import { App } from "./App.tsx";
import "./styles.css";

interface ExplorerConfig {
  endpoint: string;
}

const configElement = document.getElementById("explorer-config");
const config = JSON.parse(configElement?.textContent ?? "{}") as ExplorerConfig;

const client = new Client({
  url: config.endpoint,
  exchanges: [cacheExchange, fetchExchange],
  // POST with a JSON body: the API's CSRF protection refuses simple GET requests.
  preferGetMethod: false,
});

const root = document.getElementById("explorer");
if (root) {
  createRoot(root).render(
    <Provider value={client}>
      <App />
    </Provider>,
  );
}
