// Renders a pull-request comment as GitHub lays it out, in Debian's headless Chromium
// (/usr/bin/chromium, `apt-get install chromium`; CHROMIUM names another), to measure it or to
// take the README's picture:
//   node scripts/render-comment.ts docs/comment.png [comment.md ...]   (default: a failing and a passing golden comment)
//   node scripts/render-comment.ts --measure test/golden/faq-full-finetune.md
// Markdown goes through marked (with GitHub's alert blocks), Mermaid blocks through Mermaid's own
// browser bundle. The page uses GitHub's layout rules for a comment (the body about 850 px wide,
// tables `display: block; width: max-content; max-width: 100%; overflow: auto`, cells padded
// 6px 13px, 14 px text) with the fonts this machine has: DejaVu Sans is wider than GitHub's
// system fonts, so what fits here fits there. test/render-width.test.ts runs the measurement.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Marked } from "marked";
import markedAlert from "marked-alert";

/** The width GitHub gives a comment's body on a pull request's conversation tab (850-880 px). */
export const COMMENT_WIDTH = 850;

export const CHROMIUM = process.env["CHROMIUM"] ?? "/usr/bin/chromium";

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

/** What a rendered comment measures, in CSS pixels. */
export interface CommentMeasure {
  /** The body's scroll width with every <details> closed, as a reviewer first sees it. */
  width: number;
  /** Its height, details closed. */
  height: number;
  /** The widest table or code block's scroll width, with every <details> opened. */
  widestOpen: number;
  /** Tables and code blocks wider than the body (a horizontal scroll bar on GitHub), details opened. */
  overflowing: Array<{ element: string; scrollWidth: number; text: string }>;
}

function toHtml(markdown: string): string {
  const marked = new Marked({ gfm: true });
  marked.use(markedAlert());
  marked.use({
    renderer: {
      // Mermaid blocks become <pre class="mermaid"> for Mermaid's bundle to draw, as GitHub does.
      code({ text, lang }) {
        if (lang === "mermaid")
          return `<pre class="mermaid">${text.replaceAll("&", "&amp;").replaceAll("<", "&lt;")}</pre>\n`;
        return false;
      },
    },
  });
  return marked.parse(markdown, { async: false });
}

const MEASURE_SCRIPT = `
function measure() {
  const bodies = [...document.querySelectorAll(".comment")];
  const closed = bodies.map((body) => ({ width: body.scrollWidth, height: body.scrollHeight }));
  for (const d of document.querySelectorAll("details")) d.open = true;
  const results = bodies.map((body, i) => {
    const blocks = [...body.querySelectorAll("table, pre")];
    const overflowing = blocks.filter((b) => b.scrollWidth > b.clientWidth + 1).map((b) => ({ element: b.tagName.toLowerCase(), scrollWidth: b.scrollWidth, text: b.textContent.slice(0, 80) }));
    const widestOpen = Math.max(0, ...blocks.map((b) => b.scrollWidth));
    return { width: closed[i].width, height: closed[i].height, widestOpen, overflowing };
  });
  const out = document.createElement("pre");
  out.id = "measure";
  out.textContent = JSON.stringify(results);
  document.body.appendChild(out);
  document.title = "rendered";
}`;

/** The HTML page of one or more comments, each laid out as GitHub lays out a comment's body. */
export function commentPage(markdown: string | readonly string[], options: { measure?: boolean } = {}): string {
  const comments = (typeof markdown === "string" ? [markdown] : markdown)
    .map((m) => `<div class="frame"><div class="comment">${toHtml(m)}</div></div>`)
    .join("\n");
  const mermaidBundle = resolve("node_modules/mermaid/dist/mermaid.min.js");
  return `<!doctype html>
<html><head><meta charset="utf-8"><style>
  body { font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; margin: 0; background: #fff; }
  .frame { width: ${COMMENT_WIDTH + 34}px; margin: 16px; border: 1px solid #d1d9e0; border-radius: 6px; }
  .comment { width: ${COMMENT_WIDTH}px; padding: 16px; box-sizing: content-box; overflow-wrap: break-word; }
  h3 { margin-top: 0; font-size: 1.25em; }
  table { border-spacing: 0; border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
  th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
  th { font-weight: 600; }
  tr:nth-child(2n) { background: #f6f8fa; }
  code { background: #eff1f3; border-radius: 6px; padding: .2em .4em; font-size: 85%; font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
  pre { background: #f6f8fa; border-radius: 6px; padding: 16px; overflow: auto; font-size: 85%; line-height: 1.45; font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
  pre code { background: none; padding: 0; font-size: 100%; }
  sub { color: #59636e; }
  a { color: #0969da; }
  .markdown-alert { border-left: .25em solid; padding: .5rem 1rem; margin: 0 0 16px; }
  .markdown-alert-caution { border-color: #d1242f; } .markdown-alert-warning { border-color: #9a6700; } .markdown-alert-tip { border-color: #1a7f37; }
  .markdown-alert-title { font-weight: 500; margin: 0; }
  pre.mermaid { background: none; }
  details { margin: 8px 0; } summary { cursor: pointer; }
</style></head><body>${comments}
<script src="file://${mermaidBundle}"></script>
<script>${options.measure === true ? MEASURE_SCRIPT : "function measure() { document.title = 'rendered'; }"}
mermaid.initialize({ startOnLoad: false, theme: "default" }); mermaid.run().then(measure, measure);</script>
</body></html>`;
}

function chromium(args: string[], page: string): string {
  const dir = mkdtempSync(join(tmpdir(), "tunegate-render-"));
  try {
    const html = join(dir, "comment.html");
    writeFileSync(html, page);
    return execFileSync(
      CHROMIUM,
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        `--user-data-dir=${join(dir, "profile")}`,
        "--allow-file-access-from-files",
        "--virtual-time-budget=15000",
        ...args,
        `file://${html}`,
      ],
      { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Lays comments out in one headless Chromium run and measures each. */
export function measureComments(markdowns: readonly string[]): CommentMeasure[] {
  const dom = chromium(["--window-size=1000,2000", "--dump-dom"], commentPage(markdowns, { measure: true }));
  const found = /<pre id="measure">([^<]*)<\/pre>/.exec(dom);
  if (found === null) throw new Error("the rendered page reported no measurement");
  return JSON.parse(
    found[1]!.replaceAll("&quot;", '"').replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&"),
  ) as CommentMeasure[];
}

/** Takes the comments' picture, one under the other, as tall as they are. */
export function screenshotComments(markdowns: readonly string[], output: string): void {
  const height = measureComments(markdowns).reduce((sum, m) => sum + m.height + 34 + 16, 16);
  chromium(
    [`--window-size=${COMMENT_WIDTH + 70},${height}`, `--screenshot=${resolve(output)}`],
    commentPage(markdowns),
  );
}

/** The README's picture: a failing and a passing comment, from the golden files. */
export const README_PICTURE = {
  output: "docs/comment.png",
  record: "docs/comment.sources.json",
  inputs: ["test/golden/faq-full-finetune.md", "test/golden/support-bot.md"],
} as const;

/** The sha-256 of each input the picture was drawn from; a test compares them with the files. */
export function pictureSources(inputs: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    inputs.map((file) => [file, createHash("sha256").update(readFileSync(file)).digest("hex")]),
  );
}

export function pictureIsStale(): boolean {
  if (!existsSync(README_PICTURE.record)) return true;
  return (
    JSON.stringify(JSON.parse(readFileSync(README_PICTURE.record, "utf8"))) !==
    JSON.stringify(pictureSources(README_PICTURE.inputs))
  );
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  if (args[0] === "--measure") {
    const files = args.slice(1);
    const measures = measureComments(files.map((file) => readFileSync(file, "utf8")));
    for (const [i, file] of files.entries()) console.log(`${file}: ${JSON.stringify(measures[i])}`);
  } else if (args[0] === "--if-stale") {
    // The build redraws the README's picture when the golden comments changed, where Chromium is.
    if (!pictureIsStale()) process.exit(0);
    if (!chromiumAvailable()) {
      console.log(
        `${README_PICTURE.output} is older than the golden comments; install Debian's chromium and run npm run build (or node scripts/render-comment.ts) to redraw it`,
      );
      process.exit(0);
    }
    screenshotComments(
      README_PICTURE.inputs.map((file) => readFileSync(file, "utf8")),
      README_PICTURE.output,
    );
    writeFileSync(README_PICTURE.record, `${JSON.stringify(pictureSources(README_PICTURE.inputs), null, 2)}\n`);
    console.log(`redrew ${README_PICTURE.output} from ${README_PICTURE.inputs.join(", ")}`);
  } else {
    const [output = README_PICTURE.output, ...inputs] = args;
    const files = inputs.length > 0 ? inputs : [...README_PICTURE.inputs];
    screenshotComments(
      files.map((file) => readFileSync(file, "utf8")),
      output,
    );
    if (output === README_PICTURE.output && inputs.length === 0)
      writeFileSync(README_PICTURE.record, `${JSON.stringify(pictureSources(files), null, 2)}\n`);
    console.log(`wrote ${output} from ${files.join(", ")}`);
  }
}
