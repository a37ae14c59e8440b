/** Rounds dollars to whole cents, the precision every report shows. */
export function toCents(usd: number): number {
  return Math.round(usd * 100 + Number.EPSILON * 100) / 100;
}

/** `$2,572.00`: always two decimals, thousands separated, locale-independent. */
export function formatUsd(usd: number): string {
  const negative = usd < 0;
  const [whole, cents] = Math.abs(toCents(usd)).toFixed(2).split(".") as [string, string];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}$${grouped}.${cents}`;
}

export { formatCount } from "../input/count-text.ts";

/** `$2.50` or `$0.125` for per-1M-token prices, keeping meaningful digits. */
export function formatRate(usd: number): string {
  const fixed = usd >= 0.01 ? usd.toFixed(Math.max(2, decimals(usd))) : usd.toString();
  return `$${fixed}`;
}

function decimals(value: number): number {
  const text = value.toString();
  const dot = text.indexOf(".");
  return dot === -1 ? 0 : Math.min(6, text.length - dot - 1);
}
