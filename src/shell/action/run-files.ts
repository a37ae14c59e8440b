import { maskCredentials } from "../../engine/input/credentials.ts";
import { mkdir, open, unlink } from "node:fs/promises";
import { join } from "node:path";

export interface RunFile {
  stem: string;
  ext: string;
  text: string;
}

/**
 * Writes the step's report files as new files in `dir`, never over files another step of the
 * job wrote: two tunegate steps in one job (the same comment key, or keys that read the same
 * once made safe for a file name, such as `a/b` and `a_b`) would otherwise share one
 * report-json and one sarif-file, and the first step's outputs would name the second step's
 * verdict. The first step keeps the plain names; a later one gets `-2`, `-3`, ... Returns the
 * paths, in the order of `files`.
 */
export async function writeFreshFiles(dir: string, key: string, files: readonly RunFile[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const safe = key.replace(/[^A-Za-z0-9._-]/g, "_");
  const base = safe === "" ? "" : `-${safe}`;
  for (let n = 1; n <= 1000; n++) {
    const suffix = n === 1 ? base : `${base}-${n}`;
    const paths = files.map((f) => join(dir, `${f.stem}${suffix}.${f.ext}`));
    const created: string[] = [];
    try {
      for (const [i, path] of paths.entries()) {
        const handle = await open(path, "wx");
        created.push(path);
        try {
          // Report files are read by people and uploaded as artifacts: no credential in them.
          await handle.writeFile(maskCredentials(files[i]!.text));
        } finally {
          await handle.close();
        }
      }
      return paths;
    } catch (error) {
      for (const path of created) await unlink(path).catch(() => undefined);
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  throw new Error(`${dir} already holds 1000 sets of tunegate reports`);
}
