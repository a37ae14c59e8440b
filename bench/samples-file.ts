import { createWriteStream } from "node:fs";
import { once } from "node:events";

/** An lm-eval samples file of `lines` hellaswag examples; `flip` changes every nth answer's score. */
export async function writeSamples(path: string, lines: number, flip = 0): Promise<void> {
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  for (let i = 0; i < lines; i++) {
    let acc = (i * 2654435761) % 10 < 7 ? 1 : 0;
    if (flip > 0 && i % flip === 0) acc = 1 - acc;
    const line = `{"doc_id": ${i}, "doc": {"query": "Question ${i}: which of the four endings is most plausible?", "choices": ["a", "b", "c", "d"], "gold": ${i % 4}}, "target": "${i % 4}", "arguments": {}, "resps": [], "filtered_resps": [], "filter": "none", "metrics": ["acc"], "doc_hash": "${(i * 7919).toString(16)}", "prompt_hash": "p", "target_hash": "${(i % 4).toString(16)}", "acc": ${acc}}\n`;
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}
