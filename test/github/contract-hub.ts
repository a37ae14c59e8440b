import { spawn, type ChildProcess } from "node:child_process";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** The suite's contract hub (see below), for startContractServer. */
    contractHubUrl: string;
  }
}

export const PRISM = "node_modules/@stoplight/prism-cli/dist/index.js";
export const SPEC = "test/fixtures/github-openapi.json";
/** Which test file's fake GitHub a request through the shared Prism is for: its port. */
export const FAKE_PORT_HEADER = "x-contract-fake-port";

/**
 * One Prism for the whole suite: it costs seconds of CPU to start (it compiles GitHub's whole
 * OpenAPI description), and four files each started their own. This vitest globalSetup starts a
 * hub on 127.0.0.1; Prism proxies to the hub, and the hub hands each request to the fake GitHub
 * its FAKE_PORT_HEADER names. Each test file keeps its own fake (its own state, its own
 * recorder of exchanges), so files running at once in two workers never see each other's
 * state: Prism itself keeps none in proxy mode, it only validates. Prism starts on the first
 * `GET /__hub/prism`, so a run without a contract test never pays for it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let prism: ChildProcess | undefined;
  let prismPort: Promise<number> | undefined;
  const hub: Server = createServer((req, res) => {
    if (req.url === "/__hub/prism") {
      prismPort ??= freePort().then(async (port) => {
        prism = spawnPrism(port, hubUrl);
        await waitForPort(port, prism);
        return port;
      });
      prismPort.then(
        (port) => res.end(JSON.stringify({ port })),
        (error: Error) => {
          res.writeHead(500);
          res.end(error.message);
        },
      );
      return;
    }
    const fakePort = Number(req.headers[FAKE_PORT_HEADER]);
    if (!Number.isInteger(fakePort) || fakePort <= 0) {
      res.writeHead(502);
      res.end(`the contract hub needs ${FAKE_PORT_HEADER}`);
      return;
    }
    const upstream = httpRequest(
      {
        host: "127.0.0.1",
        port: fakePort,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, host: `127.0.0.1:${fakePort}` },
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on("error", (error) => {
      if (res.headersSent) return res.destroy();
      res.writeHead(502);
      res.end(String(error));
    });
    res.on("close", () => upstream.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => hub.listen(0, "127.0.0.1", resolve));
  const hubUrl = `http://127.0.0.1:${(hub.address() as AddressInfo).port}`;
  project.provide("contractHubUrl", hubUrl);
  return async () => {
    hub.closeAllConnections();
    await new Promise<void>((resolve) => hub.close(() => resolve()));
    if (prism !== undefined) await stopPrism(prism);
  };
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Prism validating every exchange against GitHub's OpenAPI description, in front of `upstream`. */
export function spawnPrism(port: number, upstream: string): ChildProcess & { log(): string } {
  let log = "";
  const prism = spawn(
    process.execPath,
    [PRISM, "proxy", SPEC, upstream, "--host", "127.0.0.1", "--port", String(port), "--errors"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  prism.stdout!.on("data", (d: Buffer) => (log = (log + d.toString()).slice(-20_000)));
  prism.stderr!.on("data", (d: Buffer) => (log = (log + d.toString()).slice(-20_000)));
  return Object.assign(prism, { log: () => log });
}

export async function waitForPort(port: number, prism: ChildProcess & { log?(): string }): Promise<void> {
  const deadline = Date.now() + 100_000;
  while (Date.now() < deadline) {
    if (prism.exitCode !== null) throw new Error(`Prism exited with ${prism.exitCode}:\n${prism.log?.() ?? ""}`);
    const up = await new Promise<boolean>((resolve) => {
      const req = httpRequest({ host: "127.0.0.1", port, path: "/__ready", method: "GET" }, (res) => {
        res.resume();
        resolve(true);
      });
      req.on("error", () => resolve(false));
      req.end();
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Prism did not start within 100 s:\n${prism.log?.() ?? ""}`);
}

export async function stopPrism(prism: ChildProcess): Promise<void> {
  if (prism.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => prism.once("exit", () => resolve()));
  prism.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
  if (prism.exitCode === null) prism.kill("SIGKILL");
}
