import { describe, expect, it } from "vitest";
import { pictureIsStale, README_PICTURE } from "../scripts/render-comment.ts";

describe("docs/comment.png", () => {
  it("was drawn from today's golden comments (npm run build redraws it where Chromium is)", () => {
    expect(README_PICTURE.inputs).toEqual(["test/golden/faq-full-finetune.md", "test/golden/support-bot.md"]);
    expect(
      pictureIsStale(),
      `${README_PICTURE.output} is stale: run npm run build (needs Debian's chromium) or node scripts/render-comment.ts`,
    ).toBe(false);
  });
});
