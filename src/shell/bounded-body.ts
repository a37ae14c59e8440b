import { jsonWorkExcess } from "../engine/input/json-work.ts";

/**
 * Why an HTTP answer was not read to its end: more bytes than the caller accepts (announced by
 * Content-Length, or counted as they arrived), or JSON that would build more than its size allows.
 */
export class AnswerTooLargeError extends Error {
  override name = "AnswerTooLargeError";
}

/**
 * The body of an answer as bytes, counted as it streams in and abandoned (the connection
 * cancelled) as soon as it passes `maxBytes`: a Content-Length cannot be trusted or may be
 * absent, and `response.text()` reads whatever comes, 3.75 GB in 15 s from one price feed.
 * `what` names the answer in the error ("the price feed").
 */
export async function readBoundedBody(
  response: Response,
  maxBytes: number,
  what: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new AnswerTooLargeError(
      `${what} announces ${declared} bytes, more than the ${sizeName(maxBytes)} tunegate reads; it was not read`,
    );
  }
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new AnswerTooLargeError(
        `${what} is larger than the ${sizeName(maxBytes)} tunegate reads; it stopped reading at ${received} bytes`,
      );
    }
    chunks.push(value);
  }
  const body = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

/** As readBoundedBody, as UTF-8 text. */
export async function readBoundedText(response: Response, maxBytes: number, what: string): Promise<string> {
  return utf8(await readBoundedBody(response, maxBytes, what));
}

/**
 * A fetch whose answers are read whole here, at most `maxBytes` of them, before the caller sees
 * them; JSON answers are also refused when they would build more than their size allows (see
 * json-work.ts). For Octokit, which reads bodies with `response.text()` and turns a failed read
 * into an empty answer: a cut-off answer must fail the request, never read as "no comments".
 */
export function boundedFetch(maxBytes: number, fetchImpl: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const response = await fetchImpl(input, init);
    const what = `the answer to ${init?.method ?? "GET"} ${new URL(typeof input === "string" || input instanceof URL ? input : input.url).pathname}`;
    const body = await readBoundedBody(response, maxBytes, what);
    if (/\bjson\b/i.test(response.headers.get("content-type") ?? "")) {
      const excess = jsonWorkExcess(utf8(body));
      if (excess !== null) throw new AnswerTooLargeError(`${what}: ${excess.message}`);
    }
    const nullBody =
      response.status === 101 || response.status === 204 || response.status === 205 || response.status === 304;
    const copy = new Response(nullBody ? null : body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
    // Octokit reports the answer's URL (after redirects); a new Response has none of its own.
    Object.defineProperty(copy, "url", { value: response.url });
    return copy;
  };
}

function utf8(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
}

function sizeName(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}
