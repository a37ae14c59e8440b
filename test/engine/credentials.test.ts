import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  excerpt,
  excerptQuotes,
  findCredentials,
  maskCredentials,
  MAX_EXCERPT_CHARS,
} from "../../src/engine/input/credentials.ts";
import { isInsideGitDir, resolveRepoPath } from "../../src/engine/input/repo-path.ts";
import { credential } from "../helpers/credentials.ts";

/** How a credential sits in a file: alone, in a .env line, a header, a URL, YAML or JSON. */
const placed = (secret: string) =>
  fc.constantFrom(
    secret,
    `OPENAI_API_KEY=${secret}`,
    `export GITHUB_TOKEN="${secret}"`,
    `AUTHORIZATION: basic ${secret}`,
    `Authorization: Bearer ${secret}`,
    `https://x-access-token:${secret}@github.com/acme/repo`,
    `api_key: ${secret}`,
    `{"client_secret": "${secret}"}`,
  );

const prose = fc.string({ unit: fc.constantFrom(..."abc XYZ 012:=,.-_/\n\"'"), maxLength: 30 });

describe("credentials never reach an output", () => {
  it("every generated credential, wherever it sits in a text, is masked and found", () => {
    fc.assert(
      fc.property(
        credential.chain((secret) => fc.tuple(fc.constant(secret), placed(secret), prose, prose)),
        ([secret, line, before, after]) => {
          // The line stands after a separator, as in any file; glued prefixes are tested below.
          const text = `${before} ${line}${after}`;
          expect(maskCredentials(text)).not.toContain(secret);
          expect(findCredentials(text).some((found) => secret.includes(found) || found.includes(secret))).toBe(true);
          expect(excerpt(text)).not.toContain(secret);
        },
      ),
      { numRuns: 600 },
    );
  });

  it("masking a JSON text leaves JSON: no credential pattern eats a quote or a backslash", () => {
    fc.assert(
      fc.property(
        credential.chain((secret) => fc.tuple(fc.constant(secret), placed(secret), fc.string({ maxLength: 20 }))),
        ([secret, line, noise]) => {
          const json = JSON.stringify(
            { message: `${noise}${line}${noise}`, nested: [line, { [line]: noise }] },
            null,
            2,
          );
          const masked = maskCredentials(json);
          expect(() => JSON.parse(masked)).not.toThrow();
          expect(masked).not.toContain(secret);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("leaves what is not a credential as it is: model names, digests, token counts, workflow expressions", () => {
    const plain = [
      "meta-llama/Meta-Llama-3.1-8B-Instruct,peft=acme/support-lora",
      "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
      "input_tokens: 1500000, output_tokens: 250, tokens_per_query: 900",
      "github-token: ${{ github.token }} and external-repo-token: ${{ secrets.ORG_POLICY_TOKEN }}",
      "a basic retrieval-augmented system is the bearer of good news",
      "commit 0123456789abcdef0123456789abcdef01234567",
      "https://github.com/acme/repo/pull/2#issuecomment-1234567890",
    ];
    for (const text of plain) expect(maskCredentials(text)).toBe(text);
  });

  it("a token glued to other text is still masked", () => {
    const token = "ghs_6iMibWl0Fue1OXJzLDJpEGmVHXhAhBJ0spOlRlid";
    expect(maskCredentials(`a${token}_b`)).toBe("a***_b");
    expect(maskCredentials(`x${token.replace("ghs_", "hf_")}`)).toBe("x***");
  });

  it("the basic-auth line actions/checkout writes into .git/config is masked whole", () => {
    const header =
      "\textraheader = AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX0FCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaYWJjZGVmZ2hpams=";
    expect(maskCredentials(header)).toBe("\textraheader = AUTHORIZATION: basic ***");
    expect(findCredentials(header)).toEqual([
      "eC1hY2Nlc3MtdG9rZW46Z2hzX0FCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaYWJjZGVmZ2hpams=",
    ]);
  });

  it("a private key block is masked from its first line", () => {
    const key =
      "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU=\n-----END OPENSSH PRIVATE KEY-----";
    expect(maskCredentials(`key: |\n${key}\nnext: 1`)).toBe("key: |\n***\nnext: 1");
    expect(maskCredentials(JSON.stringify({ k: key }))).toBe('{"k":"***"}');
  });
});

describe("an error quotes a short excerpt of what was written", () => {
  it(`cuts a value to ${MAX_EXCERPT_CHARS} characters and masks random-looking secrets of no known shape`, () => {
    const long = "a".repeat(500);
    expect(excerpt(long)).toHaveLength(MAX_EXCERPT_CHARS);
    expect(excerpt(long).endsWith("…")).toBe(true);
    expect(excerpt("DB_PASS_X=Xk29dmQp3LzA7vBn0QwErTyU8iOp")).not.toContain("Xk29dmQp3LzA7vBn0QwErTyU8iOp");
    expect(excerpt("MMLU-Pro-5shot-CoT-Llama3-8B")).toBe("MMLU-Pro-5shot-CoT-Llama3-8B");
    expect(excerptQuotes('Unexpected scalar token in YAML stream: "basic eC1hY2Nlc3MtdG9rZW46Z2hzX0FCQ0RFRkdI"')).toBe(
      'Unexpected scalar token in YAML stream: "basic ***"',
    );
  });
});

describe("nothing under .git/ is named as a file to read or write", () => {
  it("refuses .git in any segment, letter case, or with Windows' trailing dots and spaces", () => {
    for (const path of [
      ".git/config",
      ".GIT/config",
      "a/.git/hooks/pre-commit",
      ".git",
      "x/../.git/config",
      ".git./config",
      ".Git /config",
      "sub/.git",
    ]) {
      const resolved = resolveRepoPath("", path);
      expect(resolved.ok, path).toBe(false);
      if (!resolved.ok) expect(resolved.reason).toMatch(/inside \.git\//);
    }
    for (const path of [".github/workflows/x.yml", ".gitignore", "git/config", ".gitx/config", "a.git/b"])
      expect(resolveRepoPath("", path).ok, path).toBe(true);
    expect(isInsideGitDir("a/.git/b")).toBe(true);
    expect(isInsideGitDir(".github/x")).toBe(false);
  });
});
