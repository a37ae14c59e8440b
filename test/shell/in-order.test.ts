import { describe, expect, it } from "vitest";
import { mapInOrder } from "../../src/shell/in-order.ts";

/** Yields to the event loop `turns` times: later items finish first, with no clock involved. */
const turns = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise<void>((resolve) => setImmediate(resolve));
};

describe("mapInOrder", () => {
  it("returns results in the items' order, however the work finishes", async () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const results = await mapInOrder(items, 4, async (i) => {
      await turns(20 - i);
      return i * 2;
    });
    expect(results).toEqual(items.map((i) => i * 2));
  });

  it("never runs more than `concurrency` at once, and uses all of them", async () => {
    let running = 0;
    let most = 0;
    await mapInOrder(
      Array.from({ length: 30 }, (_, i) => i),
      8,
      async (i) => {
        running++;
        most = Math.max(most, running);
        await turns(1 + (i % 5));
        running--;
      },
    );
    expect(most).toBe(8);
    expect(running).toBe(0);
  });

  it("passes a failure on, and handles no items", async () => {
    await expect(
      mapInOrder([1, 2, 3], 2, async (i) => (i === 2 ? Promise.reject(new Error("two")) : i)),
    ).rejects.toThrow("two");
    expect(await mapInOrder([], 8, async () => 1)).toEqual([]);
  });
});
