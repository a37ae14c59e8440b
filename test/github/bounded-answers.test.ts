import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { budgetOf } from "../../src/shell/github/request-policy.ts";
import { createClient, MAX_ANSWER_BYTES } from "../../src/shell/github/client.ts";
import { fetchRepositoryFile } from "../../src/shell/github/contents.ts";
import { GitHubFailure } from "../../src/shell/github/failure.ts";
import { loadCurrentPrices } from "../../src/shell/price-feed.ts";

/**
 * Issue 19, class 7: unbounded reads from the network. A price feed sent without Content-Length
 * reached 3.75 GB in 15 s (the 32 MB cap only read the header), a 300 MB GraphQL answer took
 * 1.3 GB. Every answer is now read with a running count and abandoned past its cap. Loopback
 * servers only; what they manage to send before the client hangs up is counted, never timed.
 */

const MiB = 1024 * 1024;
const FEED_CAP = 32 * MiB;
/** What the kernel's socket buffers and one chunk in flight may hold beyond what the client read. */
const SLACK = 16 * MiB;

interface Streamer {
  url: string;
  requests: string[];
  /** Bytes of body the server handed to the socket before the client hung up or it finished. */
  sent(): number;
}

const servers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((close) => close()));
});

/**
 * A server that answers every request with `total` bytes of `piece` repeated (between the two
 * texts `around` gives), without Content-Length (chunked), at the pace the client reads.
 */
async function streamer(
  total: number,
  piece: string,
  headers: Record<string, string> = {},
  status = 200,
  around: [string, string] = ["", ""],
): Promise<Streamer> {
  const chunk = Buffer.from(piece.repeat(Math.max(1, Math.floor(65_536 / piece.length))));
  const requests: string[] = [];
  let sent = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    requests.push(`${req.method} ${req.url}`);
    req.resume();
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
    let left = total;
    res.write(around[0]);
    const pump = () => {
      while (left > 0 && !res.destroyed) {
        const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
        left -= part.length;
        sent += part.length;
        if (!res.write(part)) {
          res.once("drain", pump);
          return;
        }
      }
      if (!res.destroyed) res.end(around[1]);
    };
    res.on("close", () => res.removeAllListeners("drain"));
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, sent: () => sent };
}

/** The Action's GitHub client; `maxAnswerBytes` lowers its 32 MiB cap where a case needs no more than a cap. */
function client(baseUrl: string, maxAnswerBytes?: number) {
  return createClient({
    token: "ghs_test",
    baseUrl,
    log: () => {},
    unitMs: 1,
    requestTimeoutMs: 60_000,
    budget: budgetOf(120_000),
    ...(maxAnswerBytes === undefined ? {} : { maxAnswerBytes }),
  });
}

async function failureOf(work: Promise<unknown>): Promise<GitHubFailure> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GitHubFailure);
  return error as GitHubFailure;
}

describe("class 7: the price feed", () => {
  it("a feed sent without Content-Length is abandoned past 32 MiB, with a clear reason, not read to its end", async () => {
    const feed = await streamer(4 * FEED_CAP, " ");
    const prices = await loadCurrentPrices(feed.url, process.cwd());
    expect(prices).toMatchObject({
      ok: false,
      reason: expect.stringMatching(
        /^the price feed is larger than the 32 MiB tunegate reads; it stopped reading at \d+ bytes$/,
      ),
    });
    const stoppedAt = Number(/at (\d+) bytes/.exec((prices as { reason: string }).reason)![1]);
    expect(stoppedAt).toBeGreaterThan(FEED_CAP);
    expect(stoppedAt).toBeLessThanOrEqual(FEED_CAP + 65_536);
    expect(feed.sent()).toBeLessThan(FEED_CAP + SLACK);
  });

  it("a feed that announces more than 32 MiB is not read at all", async () => {
    const feed = await streamer(2 * MiB, " ", { "content-length": String(FEED_CAP + 1) });
    const prices = await loadCurrentPrices(feed.url, process.cwd());
    expect(prices).toMatchObject({
      ok: false,
      reason: `the price feed announces ${FEED_CAP + 1} bytes, more than the 32 MiB tunegate reads; it was not read`,
    });
  });

  it("a feed of 4 MiB of {} (under the byte cap) is refused before it is parsed, at its line and column", async () => {
    const feed = await streamer(4 * MiB, "{},", {}, 200, ["[", "{}]"]);
    const prices = await loadCurrentPrices(feed.url, process.cwd());
    expect(prices).toMatchObject({
      ok: false,
      reason: expect.stringMatching(
        /^the price data is not a price feed: at line 1, column \d+, the JSON builds more than its size allows/,
      ),
    });
  });
});

describe("class 7: GitHub's REST and GraphQL answers", () => {
  it("a REST answer without Content-Length is abandoned past 32 MiB: one request, an unreadable failure naming the cap, no retry", async () => {
    const github = await streamer(4 * MAX_ANSWER_BYTES, " ");
    const failure = await failureOf(
      client(github.url).rest.issues.listComments({ owner: "o", repo: "r", issue_number: 1, per_page: 100 }),
    );
    expect(failure.kind).toBe("unreadable");
    expect(failure.message).toMatch(
      /^the answer to GET \/repos\/o\/r\/issues\/1\/comments is larger than the 32 MiB tunegate reads; it stopped reading at \d+ bytes$/,
    );
    expect(github.requests).toEqual(["GET /repos/o/r/issues/1/comments?per_page=100"]);
    expect(github.sent()).toBeLessThan(MAX_ANSWER_BYTES + SLACK);
  });

  // The REST case above reads to the shipped 32 MiB cap; these two show the same bound on other
  // answers with the cap lowered to 1 MiB.
  it("a 300 MB GraphQL answer is abandoned past the cap the same way", async () => {
    const github = await streamer(300 * 1000 * 1000, '{"data":');
    const failure = await failureOf(client(github.url, MiB).graphql("query { viewer { login } }"));
    expect(failure.kind).toBe("unreadable");
    expect(failure.message).toMatch(/^the answer to POST \/graphql is larger than the 1 MiB tunegate reads/);
    expect(github.requests).toEqual(["POST /graphql"]);
    expect(github.sent()).toBeLessThan(MiB + SLACK);
  });

  it("an error answer (a 502 page) is bounded as well", async () => {
    const github = await streamer(4 * MiB, "x", { "content-type": "text/html" }, 502);
    const failure = await failureOf(
      client(github.url, MiB).rest.issues.listComments({ owner: "o", repo: "r", issue_number: 1 }),
    );
    expect(failure.message).toMatch(/larger than the 1 MiB tunegate reads/);
    expect(github.requests).toHaveLength(1);
  });

  // Any size past the allowance's free MiB shows it: {} builds many times its three characters.
  it("JSON of 4 MiB of {} (under the byte cap) is refused before Octokit parses it", async () => {
    const github = await streamer(4 * MiB, "{},", {}, 200, ["[", "{}]"]);
    const failure = await failureOf(
      client(github.url).rest.issues.listComments({ owner: "o", repo: "r", issue_number: 1 }),
    );
    expect(failure.kind).toBe("unreadable");
    expect(failure.message).toMatch(
      /^the answer to GET \/repos\/o\/r\/issues\/1\/comments: the JSON builds more than its size allows/,
    );
  });

  it("ordinary answers read as before: a JSON list, an empty 204", async () => {
    const list = await streamer(2, "[]");
    expect((await client(list.url).rest.issues.listComments({ owner: "o", repo: "r", issue_number: 1 })).data).toEqual(
      [],
    );
    const empty = await streamer(0, " ", {}, 204);
    expect((await client(empty.url).rest.issues.deleteComment({ owner: "o", repo: "r", comment_id: 1 })).status).toBe(
      204,
    );
  });
});

describe("class 7: the contents API (an organisation's policy)", () => {
  it("an answer without Content-Length is abandoned past its cap", async () => {
    const github = await streamer(64 * MiB, " ");
    const result = await fetchRepositoryFile(
      { owner: "o", repo: "r", path: "policy.yml", ref: "main" },
      { apiUrl: github.url, token: "", timeoutMs: 60_000, maxBytes: MiB },
    );
    expect(result).toMatchObject({
      ok: false,
      reason: expect.stringMatching(
        /^the answer \(a policy file may be 1048576 bytes\) is larger than the \d+ bytes tunegate reads; it stopped reading at \d+ bytes$/,
      ),
    });
    expect(github.sent()).toBeLessThan(2 * MiB + SLACK);
  });
});
