/**
 * Answers "is a container runtime reachable?" quickly and without hanging: Testcontainers'
 * own discovery can take many seconds when there is no engine, so we probe the usual Docker
 * and Podman sockets (or DOCKER_HOST) with a short ping first.
 */
import { existsSync } from "node:fs";
import { request } from "node:http";
import { homedir } from "node:os";

export interface RuntimeProbe {
  available: boolean;
  /** The endpoint that answered, or why none did. */
  detail: string;
}

export async function probeContainerRuntime(
  env: NodeJS.ProcessEnv = process.env,
  timeoutMs = 1000,
): Promise<RuntimeProbe> {
  const endpoints = candidateEndpoints(env);
  for (const endpoint of endpoints) {
    if (await ping(endpoint, timeoutMs)) return { available: true, detail: describe(endpoint) };
  }
  return {
    available: false,
    detail: endpoints.length
      ? `no container runtime answered at ${endpoints.map(describe).join(", ")}`
      : "no container runtime socket found and DOCKER_HOST is not set",
  };
}

type Endpoint = { socketPath: string } | { host: string; port: number };

function candidateEndpoints(env: NodeJS.ProcessEnv): Endpoint[] {
  if (env.DOCKER_HOST) {
    const url = new URL(env.DOCKER_HOST);
    if (url.protocol === "unix:") return [{ socketPath: url.pathname }];
    if (url.protocol === "tcp:") return [{ host: url.hostname, port: Number(url.port || 2375) }];
    return [];
  }
  const runtimeDir = env.XDG_RUNTIME_DIR;
  return [
    "/var/run/docker.sock",
    `${homedir()}/.docker/run/docker.sock`,
    `${homedir()}/.docker/desktop/docker.sock`,
    runtimeDir ? `${runtimeDir}/docker.sock` : "",
    runtimeDir ? `${runtimeDir}/podman/podman.sock` : "",
    "/run/podman/podman.sock",
  ]
    .filter((path) => path && existsSync(path))
    .map((socketPath) => ({ socketPath }));
}

function ping(endpoint: Endpoint, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(
      { ...endpoint, path: "/_ping", method: "GET", timeout: timeoutMs },
      (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      },
    );
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(false));
    req.end();
  });
}

function describe(endpoint: Endpoint): string {
  return "socketPath" in endpoint ? endpoint.socketPath : `tcp://${endpoint.host}:${endpoint.port}`;
}
