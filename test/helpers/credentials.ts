import fc from "fast-check";

const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const chars = (alphabet: string, min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...alphabet), minLength: min, maxLength: max });
const upperDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/** A credential of each family the masking promises to catch, in the shape its issuer gives it. */
export const credential: fc.Arbitrary<string> = fc.oneof(
  chars(alnum, 36, 40).map((s) => `ghs_${s}`),
  chars(alnum, 36, 40).map((s) => `ghp_${s}`),
  chars(`${alnum}_`, 40, 82).map((s) => `github_pat_${s}`),
  chars(`${alnum}-_`, 24, 60).map((s) => `sk-proj-${s}`),
  chars(`${alnum}-_`, 40, 90).map((s) => `sk-ant-api03-${s}`),
  chars(upperDigits, 16, 16).map((s) => `AKIA${s}`),
  chars(`${alnum}-_`, 35, 35).map((s) => `AIza${s}`),
  chars(`${alnum}`, 34, 34).map((s) => `hf_${s}`),
  chars(`${alnum}`, 36, 36).map((s) => `npm_${s}`),
  chars(`${alnum}-`, 20, 40).map((s) => `xoxb-${s}`),
  chars(`${alnum}-_`, 20, 20).map((s) => `glpat-${s}`),
  chars(alnum, 24, 40).map((s) => `sk_live_${s}`),
  fc
    .tuple(chars(`${alnum}-_`, 10, 30), chars(`${alnum}-_`, 10, 30), chars(`${alnum}-_`, 10, 43))
    .map(([a, b, c]) => `eyJ${a}.eyJ${b}.${c}`),
  // actions/checkout's persisted header: base64 of x-access-token:<token>.
  chars(alnum, 36, 36).map((s) => Buffer.from(`x-access-token:ghs_${s}`).toString("base64")),
);
