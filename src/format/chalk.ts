// In dist/, this module is a CommonJS bundle loaded with require() on first use (scripts/build.mjs):
// chalk costs every lint run a few milliseconds to load, and most runs print no diagnostics.
import { Chalk, type ChalkInstance } from "chalk";

export function chalkFor(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
}
