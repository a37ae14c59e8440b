/**
 * Credentials that must never leave the runner in anything tunegate prints, writes or posts: a
 * pull request can point a path at a file holding one (a `.env`, a token file) and an error
 * message would quote it. Each pattern matches the secret part only, and no pattern's secret can
 * hold a quote or a backslash, so masking a JSON text leaves valid JSON with the same shape.
 */
const SECRET_VALUE = String.raw`[A-Za-z0-9+/=._~-]`;

/** Tokens recognisable by their own shape, wherever they stand. */
const SHAPED_TOKENS: readonly RegExp[] = [
  // GitHub: personal, OAuth, user-to-server, server-to-server (the job's GITHUB_TOKEN), refresh; fine-grained.
  // The distinctive prefixes need no word boundary: a token glued to other text is still a token.
  /gh[pousr]_[A-Za-z0-9]{30,255}/g,
  /github_pat_[A-Za-z0-9_]{22,255}/g,
  // `x-access-token:` in base64, the start of the basic-auth header actions/checkout persists.
  /eC1hY2Nlc3MtdG9rZW46[A-Za-z0-9+/]*={0,2}/g,
  // OpenAI, Anthropic and others with the sk- prefix (a bare sk- after no letter: "task-" is prose);
  // Stripe's secret and restricted keys.
  /sk-(?:proj|ant|svcacct|admin)-[A-Za-z0-9_-]{20,}/g,
  /(?<![A-Za-z])sk-[A-Za-z0-9_-]{20,}/g,
  /[sr]k_(?:live|test)_[A-Za-z0-9]{16,}/g,
  // AWS access key ids, Google API keys, Slack, Hugging Face, npm, GitLab.
  /(?:AKIA|ASIA)[0-9A-Z]{16}/g,
  /AIza[0-9A-Za-z_-]{35}/g,
  /xox[abprse]-[A-Za-z0-9-]{10,}/g,
  /hf_[A-Za-z0-9]{30,}/g,
  /npm_[A-Za-z0-9]{36}/g,
  /glpat-[A-Za-z0-9_-]{20,}/g,
  // JSON Web Tokens: header and payload both start with `{"` in base64url.
  /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g,
];

/** A private key block, whole, or from its first line when the text stops inside it. */
const PRIVATE_KEY =
  /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----(?:[A-Za-z0-9+/=:,\s-]|\\[nr])*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----|(?="|$))/g;

/** Secrets known by what stands before them: the group before the secret is kept. */
const INTRODUCED: readonly RegExp[] = [
  // HTTP authorisation headers, as git's extraheader and curl traces write them.
  new RegExp(
    String.raw`(\bauthori[sz]ation\b["']?\s*[:=]\s*["']?(?:(?:basic|bearer|token|digest)\s+)?)(${SECRET_VALUE}{8,})`,
    "gi",
  ),
  // A scheme word alone, as in "basic retrieval-augmented", is prose: a secret has a digit or padding.
  new RegExp(String.raw`(\b(?:basic|bearer)\s+)((?=${SECRET_VALUE}*[0-9=])${SECRET_VALUE}{16,})`, "gi"),
  // A password in a URL: scheme://user:password@host.
  /(\b[a-z][a-z0-9+.-]*:\/\/[^\s/@:"\\]+:)([^\s/@"\\]+)(?=@)/gi,
  // KEY=value and key: value where the key names a secret (OPENAI_API_KEY=, password:, client_secret:);
  // punctuation that ends a sentence or a list is not part of the value.
  /((?:^|[^A-Za-z])(?:[A-Za-z0-9]*[_-])?(?:token|secret|password|passwd|pwd|api[_-]?key|apikey|access[_-]?key|private[_-]?key|client[_-]?secret|credentials?)(?:[_-][A-Za-z0-9_-]*)?["']?\s*[:=]\s*["']?)([^\s"'\\]{5,}[^\s"'\\,;:.)\]}])/gi,
];

export const MASK = "***";

/** The credentials in a text, each once, longest first (so masking one never leaves part of another). */
export function findCredentials(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(PRIVATE_KEY)) found.add(match[0]);
  for (const pattern of SHAPED_TOKENS) for (const match of text.matchAll(pattern)) found.add(match[0]);
  for (const pattern of INTRODUCED) {
    for (const match of text.matchAll(pattern))
      if (match[2] !== undefined && !isPlaceholder(match[2])) found.add(match[2]);
  }
  return [...found].sort((a, b) => b.length - a.length);
}

/** The text with every credential replaced by `***`, as the runner masks its secrets. */
export function maskCredentials(text: string): string {
  if (!MAY_HOLD_CREDENTIAL.test(text)) return text;
  let masked = text.replace(PRIVATE_KEY, MASK);
  for (const pattern of SHAPED_TOKENS) masked = masked.replace(pattern, MASK);
  for (const pattern of INTRODUCED)
    masked = masked.replace(pattern, (whole, before: string, secret: string) =>
      isPlaceholder(secret) ? whole : `${before}${MASK}`,
    );
  return masked;
}

/**
 * A cheap first look: every pattern above needs one of these, so most report text (thousands of
 * lines a run) skips the full set of regular expressions.
 */
const MAY_HOLD_CREDENTIAL =
  /gh[pousr]_|github_pat_|eC1hY2Nlc3Mt|sk-|k_live_|k_test_|AKIA|ASIA|AIza|xox|hf_|npm_|glpat-|eyJ|PRIVATE KEY|authori|basic|bearer|:\/\/[^\s/@]+:[^\s/@]+@|token|secret|passw|pwd|key|credential/i;

/** Values that stand for a secret without being one: already masked, or a workflow expression. */
function isPlaceholder(value: string): boolean {
  return (
    value === MASK || value.startsWith("${") || value.startsWith("$(") || /^\*+$/.test(value) || /^<[^>]*>$/.test(value)
  );
}

/** The longest quote of a user's value an error message makes: enough to find it, too short to dump a file. */
export const MAX_EXCERPT_CHARS = 40;

/**
 * A value from a user's file as an error message may quote it: credentials masked, and cut to
 * MAX_EXCERPT_CHARS (the message's line and column say where the rest is).
 */
export function excerpt(value: string, max = MAX_EXCERPT_CHARS): string {
  const masked = maskCredentials(value).replace(RANDOM_LOOKING, (token) => (looksRandom(token) ? MASK : token));
  const characters = Array.from(masked);
  return characters.length <= max ? masked : `${characters.slice(0, max - 1).join("")}…`;
}

/** Runs of token characters long enough to be a generated secret. */
const RANDOM_LOOKING = /[A-Za-z0-9+/=_-]{24,}/g;

/**
 * A secret of no known shape (a .env line, a token file) quoted in an error: a long run that mixes
 * upper case, lower case and digits with high entropy in one piece of 16 or more. Digests are hex
 * (one case) and model or benchmark names are short words joined by - _ / or ., so neither is
 * taken for one.
 */
function looksRandom(token: string): boolean {
  return token
    .split(/[-_/=.+]/)
    .some(
      (piece) =>
        piece.length >= 16 &&
        /[a-z]/.test(piece) &&
        /[A-Z]/.test(piece) &&
        /[0-9]/.test(piece) &&
        entropyBits(piece) >= 3.5,
    );
}

/** Shannon entropy per character, in bits. */
function entropyBits(text: string): number {
  const counts = new Map<string, number>();
  for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
  let entropy = 0;
  for (const n of counts.values()) entropy -= (n / text.length) * Math.log2(n / text.length);
  return entropy;
}

/** Each double-quoted part of a message (a parser's quote of the input) as an excerpt. */
export function excerptQuotes(message: string): string {
  return maskCredentials(message.replace(/"((?:[^"\\]|\\.)*)"/g, (_, inner: string) => `"${excerpt(inner)}"`));
}
