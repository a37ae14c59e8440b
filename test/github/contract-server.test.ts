import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startContractServer, type ContractServer } from "./contract-server.ts";
import { FakeGitHub } from "./fake-github.ts";

/**
 * The suite shares one Prism (test/github/contract-hub.ts): each file's fake must still see only
 * its own requests, and Prism must still hold every exchange to GitHub's OpenAPI description.
 */
describe("the contract server behind the suite's one Prism", () => {
  const servers: ContractServer[] = [];
  beforeAll(async () => {
    servers.push(
      ...(await Promise.all([startContractServer(new FakeGitHub()), startContractServer(new FakeGitHub())])),
    );
  }, 150_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
  });
  const call = (server: ContractServer, method: string, path: string, body?: unknown) =>
    fetch(`${server.apiUrl}${path}`, {
      method,
      headers: {
        authorization: "token ghs_test",
        accept: "application/vnd.github+json",
        "content-type": "application/json",
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  it("two fakes at once each answer only their own requests", async () => {
    const [a, b] = servers as [ContractServer, ContractServer];
    const responses = await Promise.all([
      call(a, "POST", "/repos/octo/repo/issues/7/comments", { body: "only in a" }),
      call(b, "POST", "/repos/octo/repo/issues/7/comments", { body: "only in b" }),
    ]);
    expect(
      await Promise.all(responses.map(async (r) => [r.status, ((await r.json()) as { body: string }).body])),
    ).toEqual([
      [201, "only in a"],
      [201, "only in b"],
    ]);
    expect(a.fake.tenant("octo/repo").comments["7"]?.map((c) => c.body)).toEqual(["only in a"]);
    expect(b.fake.tenant("octo/repo").comments["7"]?.map((c) => c.body)).toEqual(["only in b"]);
    for (const server of [a, b])
      expect(server.exchanges.splice(0).map((e) => [e.method, e.path, e.status, e.violations ?? ""])).toEqual([
        ["POST", "/repos/octo/repo/issues/7/comments", 201, ""],
      ]);
  });

  it("a request that breaks GitHub's description is caught by Prism, not answered by the fake", async () => {
    const [a] = servers as [ContractServer];
    const response = await call(a, "POST", "/repos/octo/repo/issues/7/comments", { text: "no body field" });
    await response.arrayBuffer();
    const [exchange] = a.exchanges.splice(0);
    expect(exchange?.status).toBe(422);
    expect(a.fake.tenant("octo/repo").comments["7"]?.map((c) => c.body)).toEqual(["only in a"]);
  });
});
