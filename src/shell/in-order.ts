/** Plans checked at once: enough to overlap their file reads, few enough for low fd limits. */
export const PLAN_CONCURRENCY = 8;

/**
 * `work` over every item, at most `concurrency` at a time, results in the items' order. Plans are
 * checked this way: each one waits on many small file reads, and one at a time the run spent
 * about half its time idle; a bounded pool keeps thousands of plans clear of EMFILE.
 */
export async function mapInOrder<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
