import { describe, expect, it } from "vitest";
import { COMMENT_WIDTH } from "../scripts/render-comment.ts";
import { commentsToMeasure, readWidthRecord, sourcesOf, WIDTH_RECORD } from "../scripts/comment-widths.ts";

/**
 * The comment as GitHub lays it out (headless Chromium, GitHub's table rules, a body 850 px wide,
 * fonts wider than GitHub's): no table or code block may need a horizontal scroll bar, with
 * every <details> opened. Chromium (Debian's `chromium` package) measures each comment once per
 * change of its text, in the build (scripts/comment-widths.ts); this test renders the same
 * comments in process, requires the record to have been measured from exactly these texts, and
 * holds its measures to the width.
 */
describe("the comment fits GitHub's comment width (laid out in headless Chromium)", () => {
  it(`every table and code block fits ${COMMENT_WIDTH} px, details open or closed`, async () => {
    const comments = await commentsToMeasure();
    const record = readWidthRecord();
    expect(
      record?.sources,
      `${WIDTH_RECORD} was measured from other comments: run npm run build (needs Debian's chromium) or node scripts/comment-widths.ts`,
    ).toEqual(sourcesOf(comments));
    const measures = record!.measures;
    expect(measures["control"]!.overflowing.length, "the measurement sees an overflowing table").toBe(1);
    expect(measures["control"]!.widestOpen).toBeGreaterThan(COMMENT_WIDTH);
    for (const name of Object.keys(comments).filter((n) => n !== "control")) {
      const m = measures[name]!;
      expect(m.overflowing, name).toEqual([]);
      expect(m.widestOpen, name).toBeLessThanOrEqual(COMMENT_WIDTH);
      // the body itself never grows past its width plus its padding
      expect(m.width, name).toBeLessThanOrEqual(COMMENT_WIDTH + 32);
    }
  });
});
