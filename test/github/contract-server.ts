import { spawn, type ChildProcess } from "node:child_process";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { FakeGitHub } from "./fake-github.ts";

export interface Exchange {
  method: string;
  path: string;
  status: number;
  /**
   * REST: Prism's `sl-violations` header, where a request or response broke GitHub's OpenAPI
   * description. GraphQL: the schema's verdict on the query, in the same shape.
   */
  violations: string | undefined;
  /** The fake answered with an injected fault (a status or body the description may not list). */
  injected: boolean;
}

export interface ContractServer {
  apiUrl: string;
  fake: FakeGitHub;
  exchanges: Exchange[];
  stop(): Promise<void>;
}

const PRISM = "node_modules/@stoplight/prism-cli/dist/index.js";
const SPEC = "test/fixtures/github-openapi.json";

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitForPort(port: number, prism: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 100_000;
  while (Date.now() < deadline) {
    if (prism.exitCode !== null) throw new Error(`Prism exited with ${prism.exitCode}:\n${log()}`);
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
  throw new Error(`Prism did not start within 100 s:\n${log()}`);
}

/**
 * Starts fake GitHub, Prism validating every REST exchange against GitHub's OpenAPI description
 * in front of it, and a recorder in front of Prism. GraphQL (POST /graphql) has no OpenAPI
 * description: the recorder sends it straight to the fake, which runs each query against
 * GitHub's published GraphQL schema and reports a query the schema rejects as a violation.
 * Everything listens on 127.0.0.1 only.
 */
export async function startContractServer(fake = new FakeGitHub()): Promise<ContractServer> {
  const fakeUrl = await fake.listen();
  const prismPort = await freePort();
  let prismLog = "";
  const prism = spawn(
    process.execPath,
    [PRISM, "proxy", SPEC, fakeUrl, "--host", "127.0.0.1", "--port", String(prismPort), "--errors"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  prism.stdout!.on("data", (d: Buffer) => (prismLog = (prismLog + d.toString()).slice(-20_000)));
  prism.stderr!.on("data", (d: Buffer) => (prismLog = (prismLog + d.toString()).slice(-20_000)));
  await waitForPort(prismPort, prism, () => prismLog);

  const exchanges: Exchange[] = [];
  const fakePort = Number(new URL(fakeUrl).port);
  const recorder: Server = createServer((req, res) => {
    const port = (req.url ?? "").split("?")[0] === "/graphql" ? fakePort : prismPort;
    const upstream = httpRequest(
      {
        host: "127.0.0.1",
        port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, host: `127.0.0.1:${port}` },
      },
      (up) => {
        const prismViolations = up.headers["sl-violations"];
        const graphqlInvalid = up.headers["x-fake-graphql-invalid"];
        const violations =
          graphqlInvalid !== undefined
            ? JSON.stringify([{ location: ["graphql"], severity: "Error", message: graphqlInvalid }])
            : Array.isArray(prismViolations)
              ? prismViolations.join(",")
              : prismViolations;
        exchanges.push({
          method: req.method ?? "",
          path: (req.url ?? "").split("?")[0]!,
          status: up.statusCode ?? 0,
          violations,
          injected: up.headers["x-fake-injected"] !== undefined,
        });
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on("error", (error) => {
      if (res.headersSent) return res.destroy();
      res.writeHead(502);
      res.end(String(error));
    });
    // A client that gives up (a timeout) takes the upstream request down with it.
    res.on("close", () => upstream.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => recorder.listen(0, "127.0.0.1", resolve));
  const apiUrl = `http://127.0.0.1:${(recorder.address() as AddressInfo).port}`;

  return {
    apiUrl,
    fake,
    exchanges,
    async stop() {
      recorder.closeAllConnections();
      await new Promise<void>((resolve) => recorder.close(() => resolve()));
      const exited = new Promise<void>((resolve) => prism.once("exit", () => resolve()));
      prism.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      if (prism.exitCode === null) prism.kill("SIGKILL");
      await fake.close();
    },
  };
}
