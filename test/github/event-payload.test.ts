import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { EventPayloadError, MAX_EVENT_BYTES, readRunContext } from "../../src/shell/github/run-context.ts";
import { tempRepo } from "../helpers/temp-repo.ts";
import { files } from "./pr-harness.ts";
import { memoryWorkspace, pullRequestPayload, runActionInProcess } from "./run-action.ts";

// A pull-request event whose payload lacks the pull request (a replayed or hand-written event)
// is the run's input at fault: the step fails closed with the reason, never "this is a bug".
const workspaces: string[] = [];
afterEach(() => {
  for (const w of workspaces.splice(0)) rmSync(w, { recursive: true, force: true });
});

async function runWith(event: string, payload: unknown) {
  const ws = memoryWorkspace(files(), files());
  workspaces.push(ws.root);
  return runActionInProcess({
    apiUrl: "http://127.0.0.1:9",
    repo: "acme/app",
    workspace: ws.root,
    event,
    payload,
    inputs: { "github-token": "ghs_x" },
  });
}

describe("a pull-request event without its pull request", () => {
  const withPullRequest = (value: unknown) => ({ ...pullRequestPayload(), pull_request: value });

  it.each([
    ["pull_request", "pull_request: null", withPullRequest(null), '"pull_request": null'],
    ["pull_request_target", "pull_request: null", withPullRequest(null), '"pull_request": null'],
    [
      "pull_request",
      "no pull_request",
      (() => {
        const p = pullRequestPayload();
        delete p["pull_request"];
        return p;
      })(),
      'no "pull_request"',
    ],
    ["pull_request", "a number as a string", withPullRequest({ number: "2" }), "field pull_request.number: "],
    ["pull_request", "head as a string", withPullRequest({ number: 2, head: "main" }), "field pull_request.head: "],
    ["pull_request", "a payload of null", null, "is null, not the JSON object GitHub writes there"],
    ["pull_request", "a payload that is an array", [1], "is an array"],
  ] as const)("%s with %s is an input error with the reason", async (event, _what, payload, reason) => {
    const result = await runWith(event, payload);
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ verdict: "fail", "deploy-allowed": "false" });
    expect(result.stdout).toContain(reason);
    expect(result.stdout).toMatch(/::error::tunegate: (the pull_request(_target)? event payload|the event payload)/);
    expect(result.stdout).not.toContain("this is a bug");
    expect(result.stdout).not.toContain("failed unexpectedly");
  });

  it("a push event needs no pull request", async () => {
    const result = await runWith("push", { ref: "refs/heads/main", pull_request: null });
    expect(result.code).toBe(0);
  });
});

describe("an event payload larger than GitHub sends, or built like nothing it sends", () => {
  const payloadFile = (text: string) => {
    const root = tempRepo({ "event.json": text });
    return join(root, "event.json");
  };
  const env = (path: string) => ({ GITHUB_EVENT_PATH: path, GITHUB_EVENT_NAME: "push", GITHUB_REPOSITORY: "acme/app" });

  it("past the size cap it is refused by its size, before it is read (a 100 MB payload took 3.6 GB)", async () => {
    const path = payloadFile(JSON.stringify({ ref: "refs/heads/main", padding: "x".repeat(2000) }));
    await expect(readRunContext(env(path))).resolves.toMatchObject({ eventName: "push" });
    await expect(readRunContext(env(path), 1024)).rejects.toThrow(
      /cannot read the event payload: GITHUB_EVENT_PATH \(.*event\.json\) is \d+ bytes; the limit is 1024/,
    );
    expect(MAX_EVENT_BYTES).toBe(32 * 1024 * 1024);
  });

  it("under the cap, a payload that would build far more than its size is refused at its line, not parsed", async () => {
    const path = payloadFile(
      `{"ref":"refs/heads/main",\n"x":[${Array.from({ length: 100_000 }, () => "{}").join(",")}]}`,
    );
    const refused = readRunContext(env(path));
    await expect(refused).rejects.toBeInstanceOf(EventPayloadError);
    await expect(refused).rejects.toThrow(
      /event\.json\), line 2 column \d+: the JSON builds more than its size allows/,
    );
  });
});
