/**
 * The counting body reader (./body.ts), loaded when a body first needs it: the transport reads most answers in
 * one go from their declared length, so a page may never need it.
 */
import type { readAtMost } from "./body.js";
import { lazily } from "./lazy.js";

type ReadAtMost = typeof readAtMost;

let loaded: ReadAtMost | undefined;
const load = lazily("reading a body", () => import("./body.js").then((body) => (loaded = body.readAtMost)));

/** The reader itself once loaded, so that later reads take no extra hop; a promise of it the first time. */
export function streamReader(): ReadAtMost | Promise<ReadAtMost> {
  return loaded ?? load();
}
