import { inflateRawSync, zstdDecompressSync } from "node:zlib";

/** Zip compression methods Inspect writes: stored, DEFLATE (older logs) and zstd (0.3.206+). */
const STORED = 0;
const DEFLATE = 8;
const ZSTD = 93;

export interface ZipMember {
  name: string;
  method: number;
  /** The member's bytes, or undefined when they would be more than `maxBytes` (no more is inflated). */
  read(maxBytes: number): Buffer | undefined;
}

/** Lists a zip's members from its central directory; reading one decompresses it then. */
export function zipMembers(bytes: Buffer): ZipMember[] {
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd === -1 || eocd + 22 > bytes.length) throw new Error("not a zip archive (no end of central directory)");
  const count = bytes.readUInt16LE(eocd + 10);
  let offset = bytes.readUInt32LE(eocd + 16);
  const members: ZipMember[] = [];
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(offset) !== 0x02014b50) throw new Error("broken zip central directory");
    const method = bytes.readUInt16LE(offset + 10);
    const compressedSize = bytes.readUInt32LE(offset + 20);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    const localOffset = bytes.readUInt32LE(offset + 42);
    const name = bytes.toString("utf8", offset + 46, offset + 46 + nameLength);
    if (compressedSize === 0xffffffff || localOffset === 0xffffffff)
      throw new Error(`zip member ${name} needs ZIP64, which Inspect logs do not use`);
    members.push({
      name,
      method,
      read(maxBytes) {
        if (bytes.readUInt32LE(localOffset) !== 0x04034b50) throw new Error(`broken zip entry ${name}`);
        const start = localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28);
        const data = bytes.subarray(start, start + compressedSize);
        try {
          if (method === STORED) return data.length > maxBytes ? undefined : data;
          if (method === DEFLATE) return inflateRawSync(data, { maxOutputLength: maxBytes });
          if (method === ZSTD) return zstdDecompressSync(data, { maxOutputLength: maxBytes });
        } catch (error) {
          // zlib stops at maxOutputLength with this code, before allocating more.
          if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return undefined;
          throw error;
        }
        throw new Error(
          `zip member ${name} uses compression method ${method}; only stored (0), DEFLATE (8) and zstd (93) are read`,
        );
      },
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return members;
}
