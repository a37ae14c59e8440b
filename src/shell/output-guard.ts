import { findCredentials, maskCredentials } from "../engine/input/credentials.ts";

/**
 * The last check on everything tunegate prints, writes or posts: credentials (see
 * engine/input/credentials.ts) are masked, whatever produced the text. Each credential found is
 * first handed to `register` (the Action registers it with the runner as a secret, so the runner
 * masks it too, wherever else it may surface in the job's log).
 */
export function outputGuard(register: (secret: string) => void = () => {}): (text: string) => string {
  const registered = new Set<string>();
  return (text) => {
    const masked = maskCredentials(text);
    if (masked === text) return text;
    for (const secret of findCredentials(text)) {
      if (registered.has(secret)) continue;
      registered.add(secret);
      register(secret);
    }
    return masked;
  };
}
