import { classifyFailure, mayHaveWritten } from "./failure.ts";

/** Creates tried at most, each after looking for what an earlier one may have created. */
const CREATE_ATTEMPTS = 3;

/**
 * Creates something at most once. A create is never repeated blindly: when it failed in a way
 * that may still have created it (5xx, no answer, an unreadable answer), `findAgain` looks
 * first, and only when nothing is there is the create tried again. Refusals (403, 404, 422,
 * rate limits, the budget) end at once.
 */
export async function createOnce<T>(
  what: string,
  create: () => Promise<T>,
  findAgain: () => Promise<T | undefined>,
  log: (message: string) => void,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create();
    } catch (error) {
      const failure = classifyFailure(error);
      if (!mayHaveWritten(failure) || attempt >= CREATE_ATTEMPTS) throw failure;
      log(
        `GitHub: creating ${what} failed (${failure.status ?? failure.kind}: ${failure.message}); looking for it before trying again`,
      );
      const found = await findAgain();
      if (found !== undefined) return found;
    }
  }
}
