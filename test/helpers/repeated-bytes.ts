/**
 * `head`, then `unit` written `times` times, then `tail`, as UTF-8 bytes. The hostile tests'
 * inputs run to tens of MiB: filling a buffer in place costs a fraction of `String.repeat`
 * followed by the encoding that writing the string (or `Buffer.from`) does, and each copy of a
 * large string costs page faults on top.
 */
export function repeatedBytes(head: string, unit: string, times: number, tail = ""): Buffer {
  const start = Buffer.from(head);
  const piece = Buffer.from(unit);
  const end = Buffer.from(tail);
  const bytes = Buffer.allocUnsafe(start.length + piece.length * times + end.length);
  start.copy(bytes, 0);
  if (times > 0) bytes.fill(piece, start.length, start.length + piece.length * times);
  end.copy(bytes, start.length + piece.length * times);
  return bytes;
}
