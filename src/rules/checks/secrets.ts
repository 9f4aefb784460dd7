/** Recognises real credentials pasted into manifest texts (API keys, tokens, private keys). */

/** Credentials with a recognisable shape, checked anywhere in the text. */
const KNOWN: readonly { name: string; pattern: RegExp }[] = [
  { name: "a Stripe live key", pattern: /\b[sr]k_live_[0-9A-Za-z]{10,}/ },
  { name: "a GitHub token", pattern: /\b(?:gh[pousr]_[0-9A-Za-z]{30,}|github_pat_[0-9A-Za-z_]{40,})/ },
  { name: "a Slack token", pattern: /\bxox[abposr]-[0-9A-Za-z-]{10,}/ },
  { name: "an AWS access key id", pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { name: "a JSON Web Token", pattern: /\beyJ[0-9A-Za-z_-]{8,}\.eyJ[0-9A-Za-z_-]{8,}\.[0-9A-Za-z_-]{8,}/ },
  { name: "a Google API key", pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { name: "a private key", pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/ },
];

const CANDIDATE = /[A-Za-z0-9_-]{16}/;
const PLACEHOLDER = /\{\{[^}]*\}\}/g;
/** Runs of letters and digits long enough to be a generated token (separators split words, paths and hosts). */
const LONG_RUN = /[A-Za-z0-9]{20,}/g;
const HEX = /^[0-9a-f]+$/i;
/** Bits per character; random tokens score above this, repeated or patterned text below. */
const MIN_ENTROPY = 3.5;

function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * A run that reads like a generated token: letters and digits mixed, and either mixed case or a long
 * hex string, with high entropy. Words, host names, snake_case names and plain numbers never qualify.
 */
function looksRandom(run: string): boolean {
  if (!/\d/.test(run) || !/[A-Za-z]/.test(run)) return false;
  const mixedCase = /[a-z]/.test(run) && /[A-Z]/.test(run);
  if (!mixedCase && !(run.length >= 32 && HEX.test(run))) return false;
  return entropy(run) >= MIN_ENTROPY;
}

/** What kind of credential the text seems to hold, or undefined. */
export function findSecret(text: string): string | undefined {
  if (text.length < 16) return undefined;
  const bare = text.includes("{{") ? text.replace(PLACEHOLDER, " ") : text;
  // Every shape below contains a long unbroken run; most defaults and help texts have none.
  if (!CANDIDATE.test(bare)) return undefined;
  for (let i = 0; i < KNOWN.length; i++) {
    const known = KNOWN[i] as (typeof KNOWN)[number];
    if (known.pattern.test(bare)) return known.name;
  }
  for (const [run] of bare.matchAll(LONG_RUN)) if (looksRandom(run)) return "a long random token";
  return undefined;
}
