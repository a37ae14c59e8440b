/**
 * Runs several concurrent "runs" in every order their requests can reach GitHub in, one order
 * at a time, chosen by the test rather than by timers. Each run calls `turn()` before each
 * request; the request then happens at once (GitHub carries out one request at a time). Between
 * two turns a run only does in-memory work, so which run moves next is the only freedom, and
 * every sequence of those choices is tried (depth-first, replaying from a fresh state).
 */
export type RunBody = (turn: () => Promise<void>) => Promise<void>;

export interface Schedule {
  /** Which run made each request, in order. */
  order: number[];
  errors: unknown[];
}

async function runOnce(bodies: readonly RunBody[], choose: (options: number[]) => number): Promise<Schedule> {
  const release: Array<(() => void) | undefined> = bodies.map(() => undefined);
  const done = bodies.map(() => false);
  const errors: unknown[] = [];
  let signal: () => void = () => {};
  let moved = new Promise<void>((resolve) => (signal = resolve));
  const step = () => {
    const fire = signal;
    moved = new Promise<void>((resolve) => (signal = resolve));
    fire();
  };
  // Each run goes as far as its first request before the next one starts.
  for (const [i, body] of bodies.entries()) {
    const waitFor = moved;
    void body(
      () =>
        new Promise<void>((resolve) => {
          release[i] = resolve;
          step();
        }),
    ).then(
      () => {
        done[i] = true;
        step();
      },
      (error: unknown) => {
        done[i] = true;
        errors.push(error);
        step();
      },
    );
    await waitFor;
  }
  const order: number[] = [];
  for (;;) {
    const options = release.flatMap((r, i) => (r !== undefined && !done[i] ? [i] : []));
    if (options.length === 0) break;
    const pick = options[choose(options)]!;
    order.push(pick);
    const go = release[pick]!;
    release[pick] = undefined;
    const waitFor = moved;
    go();
    await waitFor;
  }
  return { order, errors };
}

/**
 * Calls `fresh()` for a new world and its runs, runs them in one order, hands the outcome to
 * `check`, and repeats until every order has been tried. Returns how many orders there were.
 */
export async function everyInterleaving<W>(
  fresh: () => { world: W; runs: RunBody[] },
  check: (world: W, schedule: Schedule) => void,
  limit = 100_000,
): Promise<number> {
  let prefix: number[] = [];
  for (let count = 1; count <= limit; count++) {
    const taken: Array<{ index: number; of: number }> = [];
    const { world, runs } = fresh();
    const schedule = await runOnce(runs, (options) => {
      const index = taken.length < prefix.length ? prefix[taken.length]! : 0;
      taken.push({ index, of: options.length });
      return index;
    });
    check(world, schedule);
    let depth = taken.length - 1;
    while (depth >= 0 && taken[depth]!.index + 1 >= taken[depth]!.of) depth--;
    if (depth < 0) return count;
    prefix = [...taken.slice(0, depth).map((t) => t.index), taken[depth]!.index + 1];
  }
  throw new Error(`more than ${limit} interleavings`);
}

/**
 * For more runs than every order allows: `count` orders drawn from a fixed-seed generator, so
 * the same orders are tried on every machine and every run of the suite.
 */
export async function sampledInterleavings<W>(
  fresh: () => { world: W; runs: RunBody[] },
  check: (world: W, schedule: Schedule) => void,
  count: number,
  seed = 1,
): Promise<void> {
  let state = seed >>> 0;
  const next = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = 0; i < count; i++) {
    const { world, runs } = fresh();
    check(world, await runOnce(runs, (options) => Math.floor(next() * options.length)));
  }
}
