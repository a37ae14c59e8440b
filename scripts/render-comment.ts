// Renders a pull-request comment as GitHub shows it and screenshots it for the README:
//   node scripts/render-comment.ts test/golden/faq-full-finetune.md docs/comment.png
// Markdown goes through marked (with GitHub's alert blocks), Mermaid blocks through Mermaid's
// own browser bundle, and Debian's headless Chromium (/usr/bin/chromium, `apt-get install
// chromium`) takes the picture. A docs tool: tests and CI never run it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Marked } from "marked";
import markedAlert from "marked-alert";

const [input = "test/golden/faq-full-finetune.md", output = "docs/comment.png"] = process.argv.slice(2);
const chromium = process.env["CHROMIUM"] ?? "/usr/bin/chromium";

const marked = new Marked({ gfm: true });
marked.use(markedAlert());
marked.use({
  renderer: {
    // Mermaid blocks become <pre class="mermaid"> for Mermaid's bundle to draw, as GitHub does.
    code({ text, lang }) {
      if (lang === "mermaid") return `<pre class="mermaid">${text.replaceAll("&", "&amp;").replaceAll("<", "&lt;")}</pre>\n`;
      return false;
    },
  },
});

const markdown = readFileSync(input, "utf8");
const body = await marked.parse(markdown);
const mermaidBundle = resolve("node_modules/mermaid/dist/mermaid.min.js");
const page = `<!doctype html>
<html><head><meta charset="utf-8"><style>
  body { font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; margin: 0; background: #fff; }
  .comment { max-width: 900px; margin: 16px; border: 1px solid #d1d9e0; border-radius: 6px; padding: 16px 20px; }
  h3 { margin-top: 0; font-size: 1.25em; }
  table { border-collapse: collapse; display: block; overflow: auto; font-size: 13px; }
  th, td { border: 1px solid #d1d9e0; padding: 4px 10px; vertical-align: top; }
  th { background: #f6f8fa; }
  code { background: #eff1f3; border-radius: 4px; padding: 0 4px; font-size: 85%; }
  sub { color: #59636e; }
  .markdown-alert { border-left: 4px solid; padding: 4px 16px; margin: 12px 0; }
  .markdown-alert-caution { border-color: #d1242f; } .markdown-alert-warning { border-color: #9a6700; } .markdown-alert-tip { border-color: #1a7f37; }
  .markdown-alert-title { font-weight: 600; margin: 4px 0; }
  pre.mermaid { background: none; max-width: 760px; }
  details { margin: 8px 0; } summary { cursor: pointer; font-weight: 600; }
</style></head><body><div class="comment">${body}</div>
<script src="file://${mermaidBundle}"></script>
<script>mermaid.initialize({ startOnLoad: false, theme: "default" }); mermaid.run().then(() => { document.title = "rendered"; });</script>
</body></html>`;

const dir = mkdtempSync(join(tmpdir(), "tunegate-render-"));
try {
  const html = join(dir, "comment.html");
  writeFileSync(html, page);
  execFileSync(chromium, [
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
    "--window-size=940,1560",
    `--screenshot=${resolve(output)}`,
    `file://${html}`,
  ]);
  console.log(`wrote ${output}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
