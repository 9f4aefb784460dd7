#!/usr/bin/env node
import { setFlagsFromString } from "node:v8";
import { main } from "../dist/cli.js";

// V8 lets the old generation grow up to fourfold between full collections. A lint run promotes
// short-lived per-file objects steadily while keeping little, so capping growth at 20% holds peak
// memory on 40,000 files near 165 MB instead of 190 MB at the same speed (bench/PROFILE.md).
// The heap controller reads this flag at each collection, so it applies when set here.
setFlagsFromString("--heap-growing-percent=20");

main(process.argv.slice(2));
