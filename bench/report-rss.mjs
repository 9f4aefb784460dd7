// Fallback when /usr/bin/time is missing: preloaded with --import, writes the process's peak
// resident set size (bytes) to the file named by TD_BENCH_RSS_FILE when it exits.
import { writeFileSync } from "node:fs";

const target = process.env.TD_BENCH_RSS_FILE;
if (target) {
  process.on("exit", () => writeFileSync(target, String(process.resourceUsage().maxRSS * 1024)));
}
