import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { inject } from "vitest";
import { FAKE_PORT_HEADER, freePort, spawnPrism, stopPrism, waitForPort } from "./contract-hub.ts";
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

/** The suite's shared Prism (see contract-hub.ts), or undefined outside a vitest run that set it up. */
async function sharedPrismPort(): Promise<number | undefined> {
  let hubUrl: string | undefined;
  try {
    hubUrl = inject("contractHubUrl");
  } catch {
    return undefined;
  }
  if (hubUrl === undefined) return undefined;
  const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(`${hubUrl}/__hub/prism`, (res) => {
      let body = "";
      res.on("data", (d: Buffer) => (body += d.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
  if (status !== 200) throw new Error(`the shared Prism did not start: ${body}`);
  return (JSON.parse(body) as { port: number }).port;
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
  const fakePort = Number(new URL(fakeUrl).port);
  // The suite's one Prism, told which fake a request is for; a file's own only outside the suite.
  const shared = await sharedPrismPort();
  let own: ReturnType<typeof spawnPrism> | undefined;
  let prismPort: number;
  if (shared !== undefined) prismPort = shared;
  else {
    prismPort = await freePort();
    own = spawnPrism(prismPort, fakeUrl);
    await waitForPort(prismPort, own);
  }

  const exchanges: Exchange[] = [];
  const recorder: Server = createServer((req, res) => {
    const port = (req.url ?? "").split("?")[0] === "/graphql" ? fakePort : prismPort;
    const upstream = httpRequest(
      {
        host: "127.0.0.1",
        port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, host: `127.0.0.1:${port}`, [FAKE_PORT_HEADER]: String(fakePort) },
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
      if (own !== undefined) await stopPrism(own);
      await fake.close();
    },
  };
}
