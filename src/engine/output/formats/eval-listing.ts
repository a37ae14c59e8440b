import { renderEvalListing, type EvalListing } from "../parts/eval-listing.ts";

// `tunegate evals`'s formats, each a function of the listing of every file it was given.

export const evalListingText = (listings: readonly EvalListing[]): string => renderEvalListing(listings);

export const evalListingJson = (listings: readonly EvalListing[]): string => `${JSON.stringify(listings, null, 2)}\n`;
