// Deterministic benchmark corpus: integrations of every authentication type (both shapes of
// authentication_configuration) and actions with 3-12 inputs, about 10% of files carrying
// realistic mistakes of every rule family, cross-file ones included. Everything comes from a
// seeded PRNG, so the same options give byte-identical files on every machine.
//
// The clean variant is the same corpus with the mistakes left out: base documents and mistakes
// draw from separate random streams, so the two variants differ only in the broken files.

import { createHash } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export const GENERATOR_VERSION = 3;

/** mulberry32: tiny, fast, and identical on every platform. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const BRANDS = [
  "acme",
  "billbright",
  "fixflow",
  "pipeline",
  "salesnest",
  "shopwave",
  "ticketly",
  "zenpoint",
  "helpwise",
  "orbit",
  "cardinal",
  "lumen",
  "northstar",
  "quill",
  "relay",
  "summit",
  "tandem",
  "vertex",
  "willow",
  "yonder",
];
const PRODUCTS = ["crm", "helpdesk", "support", "billing", "store", "field_service", "desk", "erp", "tickets", "sales"];
const INTERACTION_TYPES = ["ticket", "case", "order", "invoice", "lead", "call", "visit", "payment", "note", "deal"];
const AUTH_TYPES = ["none", "custom", "oauth2", "oauth2_password", "oauth2_client_credentials"];
const OAUTH_FIELDS = {
  oauth2: ["site", "client_id", "client_secret", "authorization_url", "access_token_url"],
  oauth2_password: ["site", "client_id", "client_secret", "username", "password", "access_token_url"],
  oauth2_client_credentials: ["site", "client_id", "client_secret", "access_token_url"],
};
const CUSTOM_FIELDS = ["account", "subdomain", "api_key", "token", "email", "region", "workspace"];
const VERBS = ["create", "update", "find", "log", "close", "assign", "add", "send", "cancel", "schedule", "lookup"];
const NOUNS = ["ticket", "note", "lead", "call", "visit", "invoice", "order", "contact", "task", "deal", "reminder"];
const CONTACT_FIELDS = [
  "first_name",
  "last_name",
  "email",
  "phone",
  "address",
  "title",
  "company",
  "twitter",
  "linkedin",
  "facebook",
  "skype",
  "googleplus",
  "website",
  "industry",
  "location",
  "updated_at",
];
const INPUT_TYPES = ["Text", "Textarea", "Number", "Tel", "URL", "Datetime", "Select"];
const OPTIONS = ["low", "normal", "high", "urgent", "open", "pending", "solved", "sales", "support", "billing"];

const cap = (word) => word[0].toUpperCase() + word.slice(1);
const words = (name) => name.split("_").map(cap).join(" ");

function authField(r, fieldName, authType) {
  const oauthProvided = authType !== "custom" && ["authorization_url", "access_token_url"].includes(fieldName);
  const field = {
    source: oauthProvided ? "default" : "input",
    display: words(fieldName),
    mandatory: true,
    type: fieldName === "code" ? "oauth" : "input",
    store: !oauthProvided,
  };
  if (r.chance(0.4)) field.help = `Under Settings > ${cap(r.pick(["account", "security", "api", "channels"]))}`;
  return field;
}

function makeIntegration(r, name) {
  const [brand] = name.split("_");
  const host = `td-${brand}.bridge.example.com`;
  const authType = AUTH_TYPES[r.int(0, AUTH_TYPES.length - 1)];
  const doc = {
    name,
    display_name: words(name),
    description: `Bring ${cap(brand)} records into Talkdesk so agents see every customer conversation in one place.`,
    logo_url: `https://cdn.${brand}.example.com/talkdesk/${name}.png`,
    icon_url: `https://cdn.${brand}.example.com/talkdesk/${name}_icon.png`,
    authentication_type: authType,
  };
  if (authType !== "none") {
    const names =
      authType === "custom"
        ? CUSTOM_FIELDS.filter(() => r.chance(0.5)).slice(0, 4)
        : [...OAUTH_FIELDS[authType], ...(r.chance(0.3) ? ["scope"] : [])];
    if (names.length === 0) names.push("api_key");
    const fields = names.map((f) => [f, authField(r, f, authType)]);
    const withFormat = fields.find(([f]) => f === "account" || f === "subdomain" || f === "site");
    if (withFormat) withFormat[1].format = `https://{{${withFormat[0]}}}.${brand}.example.com`;
    const keyed = r.chance(0.5);
    doc.authentication_configuration = fields.map(([f, v]) => (keyed ? { [f]: v } : { field_name: f, ...v }));
  }
  doc.auth_validation_endpoint = `https://${host}/auth_validation`;
  if (r.chance(0.8)) doc.contact_synchronization_endpoint = `https://${host}/contact_sync`;
  if (r.chance(0.8)) doc.interaction_retrieval_endpoint = `https://${host}/interaction_update`;
  if (r.chance(0.5)) doc.agent_synchronization_endpoint = `https://${host}/agent_sync`;
  doc.interaction_types = INTERACTION_TYPES.filter(() => r.chance(0.25));
  if (doc.interaction_types.length === 0) doc.interaction_types.push(r.pick(INTERACTION_TYPES));
  return doc;
}

function inputFormat(r, type) {
  const provider = () => `{{contact.${r.pick(CONTACT_FIELDS)}}}`;
  switch (type) {
    case "Text":
    case "Textarea":
      return r.chance(0.7) ? provider() : "Created from Talkdesk";
    case "Number":
      return r.chance(0.5) ? String(r.int(-5, 500)) : r.int(0, 100);
    case "Tel":
      return r.chance(0.6) ? "{{contact.phone}}" : `+1 (555) ${r.int(100, 999)}-${r.int(1000, 9999)}`;
    case "URL":
      return r.chance(0.5) ? "{{contact.website}}" : `https://www.example.com/${r.pick(NOUNS)}`;
    case "Datetime": {
      const date = `2026-${String(r.int(1, 12)).padStart(2, "0")}-${String(r.int(1, 28)).padStart(2, "0")}`;
      return r.pick([date, `${date}T09:30:00`, `${date}T09:30:00Z`, `${date}T09:30:00+01:00`]);
    }
    default: {
      const options = OPTIONS.filter(() => r.chance(0.4));
      for (const option of OPTIONS) if (options.length < 2 && !options.includes(option)) options.push(option);
      return options.join(",");
    }
  }
}

function makeAction(r, provider, name) {
  const [verb, noun] = name.split("_");
  const host = `td-${provider.split("_")[0]}.bridge.example.com`;
  const inputs = [];
  const used = new Set();
  const count = r.int(3, 12);
  for (let i = 0; i < count; i++) {
    let key = r.chance(0.6) ? r.pick(CONTACT_FIELDS) : `${r.pick(NOUNS)}_${r.pick(["id", "note", "date", "level"])}`;
    if (used.has(key)) key = `${key}_${i}`;
    used.add(key);
    const input = { key, name: words(key), mandatory: r.chance(0.4) };
    // Older actions have no `type`, which means Text; generated files often lower-case it.
    if (r.chance(0.9)) {
      const type = r.pick(INPUT_TYPES);
      input.type = r.chance(0.2) ? type.toLowerCase() : type;
      input.format = inputFormat(r, type);
    } else {
      input.format = `{{contact.${r.pick(CONTACT_FIELDS)}}}`;
    }
    inputs.push(input);
  }
  return {
    provider,
    name,
    display: `${verb} a ${noun}`,
    description: `${verb} a ${noun} in ${words(provider)} for the caller`,
    endpoint: `https://${host}/actions/${name}`,
    inputs,
  };
}

// ---- mistakes -------------------------------------------------------------------------------
// Each mutator returns true when it applied. Object mutators change the document before it is
// written; text mutators change the written JSON. `ctx` gives cross-file access.

const authFields = (doc) =>
  (doc.authentication_configuration ?? []).map((el) => ("field_name" in el ? el : Object.values(el)[0]));
const setInput = (r, doc, type, format) => {
  const input = r.pick(doc.inputs);
  input.type = type;
  input.format = format;
  return true;
};

const INTEGRATION_MISTAKES = {
  "enum-case": (r, d) => {
    d.authentication_type = r.pick(["Custom", "OAuth2", "NONE", "oauth"]);
    return true;
  },
  "auth-type-word": (r, d) => {
    const f = authFields(d);
    if (!f.length) return false;
    r.pick(f).type = r.pick(["Password", "text", "Text", "OAuth"]);
    return true;
  },
  "string-boolean": (r, d) => {
    const f = authFields(d);
    if (!f.length) return false;
    const field = r.pick(f);
    if (r.chance(0.5)) field.mandatory = "true";
    else field.store = "false";
    return true;
  },
  "missing-key": (r, d) => {
    delete d[r.pick(["icon_url", "logo_url", "description", "display_name"])];
    return true;
  },
  "missing-auth-field-key": (r, d) => {
    const f = authFields(d);
    if (!f.length) return false;
    delete r.pick(f)[r.pick(["display", "mandatory", "store"])];
    return true;
  },
  "legacy-key": (r, d) => {
    const choice = r.pick(["authentication_fields", "contact_synchronization_url", "interaction_retrieval_url"]);
    if (choice === "authentication_fields") {
      if (!d.authentication_configuration) return false;
      d.authentication_fields = d.authentication_configuration;
      delete d.authentication_configuration;
    } else {
      d[choice] = `https://td-legacy.bridge.example.com/${choice}`;
    }
    return true;
  },
  "unknown-key": (_r, d) => {
    d.contact_synchronisation_endpoint = d.auth_validation_endpoint;
    return true;
  },
  "http-endpoint": (r, d) => {
    const key = r.pick(["auth_validation_endpoint", "logo_url", "icon_url"]);
    d[key] = d[key].replace("https://", "http://");
    return true;
  },
  "relative-url": (_r, d) => {
    d.logo_url = "/images/logo.png";
    return true;
  },
  "empty-endpoint": (_r, d) => {
    d.agent_synchronization_endpoint = "";
    return true;
  },
  "missing-oauth-field": (r, d) => {
    if (!OAUTH_FIELDS[d.authentication_type] || !d.authentication_configuration) return false;
    d.authentication_configuration.splice(r.int(0, d.authentication_configuration.length - 1), 1);
    return true;
  },
  "format-unknown-field": (_r, d) => {
    const f = authFields(d);
    if (!f.length) return false;
    f[0].format = "https://{{acount}}.example.com";
    return true;
  },
  "duplicate-field-name": (_r, d) => {
    const list = d.authentication_configuration;
    if (!list || list.length < 2) return false;
    list.push(structuredClone(list[0]));
    return true;
  },
  "mixed-shapes": (_r, d) => {
    const list = d.authentication_configuration;
    if (!list || list.length < 2) return false;
    const last = list[list.length - 1];
    if ("field_name" in last) {
      const { field_name, ...rest } = last;
      list[list.length - 1] = { [field_name]: rest };
    } else {
      const [[name, rest]] = Object.entries(last);
      list[list.length - 1] = { field_name: name, ...rest };
    }
    return true;
  },
  "bad-source": (_r, d) => {
    const f = authFields(d);
    if (!f.length) return false;
    f[0].source = "user";
    return true;
  },
  "none-with-fields": (_r, d) => {
    if (d.authentication_type !== "none") return false;
    d.authentication_configuration = [
      { field_name: "token", source: "input", display: "Token", mandatory: true, type: "input", store: true },
    ];
    return true;
  },
  "duplicate-interaction-type": (_r, d) => {
    d.interaction_types.push(cap(d.interaction_types[0]));
    return true;
  },
  // Cross-file: a second manifest claiming an existing integration's name (a staging copy).
  "duplicate-integration-name": (_r, d, ctx) => {
    if (ctx.actionCount(d.name) > 0) return false;
    d.name = ctx.otherIntegration(d.name);
    return true;
  },
};

const ACTION_MISTAKES = {
  "bad-input-type": (r, d) => {
    r.pick(d.inputs).type = r.pick(["Checkbox", "Date", "Email"]);
    return true;
  },
  "string-boolean": (r, d) => {
    r.pick(d.inputs).mandatory = r.pick(["true", "false"]);
    return true;
  },
  "missing-key": (r, d) => {
    delete d[r.pick(["endpoint", "display", "description", "inputs"])];
    return true;
  },
  "unknown-key": (_r, d) => {
    d.endpont = d.endpoint;
    return true;
  },
  "http-endpoint": (_r, d) => {
    d.endpoint = d.endpoint.replace("https://", "http://");
    return true;
  },
  "empty-endpoint": (_r, d) => {
    d.endpoint = "";
    return true;
  },
  "bad-value-provider": (r, d) => {
    const input = r.pick(d.inputs);
    input.type = "Text";
    input.format = r.pick(["{{contact.emial}}", "{{ticket.id}}", "{{contact.email}", "{{contact.Phone}}"]);
    return true;
  },
  "bad-select": (r, d) => setInput(r, d, "Select", r.pick(["low,,high", "low,normal,high,low", ""])),
  "bad-datetime": (r, d) => setInput(r, d, "Datetime", r.pick(["2026-02-30", "03/02/2026", "2026-03-02 09:30"])),
  "bad-number": (r, d) => setInput(r, d, "Number", r.pick(["3.5", "ten", "1e3"])),
  "bad-tel": (r, d) => setInput(r, d, "Tel", "call me"),
  "bad-url": (r, d) => setInput(r, d, "URL", "www.example.com"),
  "title-case": (_r, d) => {
    d.display = d.display.split(" ").map(cap).join(" ");
    return true;
  },
  "upper-first": (r, d) => {
    const key = r.pick(["display", "description"]);
    d[key] = cap(d[key]);
    return true;
  },
  "trailing-period": (_r, d) => {
    d.description = `${d.description}.`;
    return true;
  },
  "begins-with-then": (_r, d) => {
    d.display = `then ${d.display}`;
    return true;
  },
  "long-display": (_r, d) => {
    d.display = `${d.display} in the customer record system`;
    return true;
  },
  "duplicate-input-key": (_r, d) => {
    d.inputs.push(structuredClone(d.inputs[0]));
    return true;
  },
  // Cross-file.
  "provider-case": (_r, d) => {
    d.provider = d.provider.split("_").map(cap).join("_");
    return true;
  },
  "provider-unknown": (_r, d) => {
    d.provider = `${d.provider}_legacy`;
    return true;
  },
  "duplicate-action-name": (_r, d, ctx) => {
    const sibling = ctx.siblingAction(d);
    if (!sibling) return false;
    d.name = sibling;
    return true;
  },
};

/** Mistakes made in the written text: syntax errors, duplicate keys, BOM, CRLF. */
const TEXT_MISTAKES = {
  "trailing-comma": (r, text) => {
    const closers = [...text.matchAll(/"\n(\s*)\}/g)];
    if (!closers.length) return undefined;
    const at = r.pick(closers).index + 1;
    return `${text.slice(0, at)},${text.slice(at)}`;
  },
  "missing-comma": (r, text) => {
    const commas = [...text.matchAll(/",\n/g)];
    if (!commas.length) return undefined;
    const at = r.pick(commas).index + 1;
    return text.slice(0, at) + text.slice(at + 1);
  },
  "duplicate-key": (_r, text) => {
    const m = /\n(\s*)"name": ("[^"]*"),\n/.exec(text);
    if (!m) return undefined;
    const at = m.index + m[0].length;
    return `${text.slice(0, at)}${m[1]}"name": ${m[2]},\n${text.slice(at)}`;
  },
  "bom-crlf": (_r, text) => `\uFEFF${text.replace(/\n/g, "\r\n")}`,
};

/**
 * Builds the corpus in memory: `{ files: [{ path, text, broken, mistakes }] }`, paths relative,
 * forward slashes, in a stable order.
 */
export function generateCorpus({
  seed = 1,
  integrations = 1000,
  actions = 3000,
  brokenShare = 0.1,
  clean = false,
} = {}) {
  const base = rng(seed);
  const names = [];
  const seen = new Set();
  for (let i = 0; i < integrations; i++) {
    let name = `${base.pick(BRANDS)}_${base.pick(PRODUCTS)}`;
    if (seen.has(name)) name = `${name}_${i}`;
    seen.add(name);
    names.push(name);
  }
  const integrationDocs = names.map((name) => makeIntegration(base, name));
  // Actions are spread randomly, so some integrations have none and some have many.
  const actionDocs = [];
  const byProvider = new Map(names.map((n) => [n, []]));
  for (let i = 0; i < actions; i++) {
    // Every tenth integration has no actions (it only syncs contacts), as in real repositories.
    let provider = names[base.int(0, names.length - 1)];
    if (names.indexOf(provider) % 10 === 9) provider = names[names.indexOf(provider) - 1];
    const siblings = byProvider.get(provider);
    let name = `${base.pick(VERBS)}_${base.pick(NOUNS)}`;
    if (siblings.includes(name)) name = `${name}_${siblings.length}`;
    siblings.push(name);
    actionDocs.push(makeAction(base, provider, name));
  }

  const entries = [
    ...integrationDocs.map((doc, i) => ({
      path: `${String(Math.floor(i / 100)).padStart(3, "0")}/${doc.name}/integration.json`,
      kind: "integration",
      doc,
    })),
    ...actionDocs.map((doc) => {
      const i = names.indexOf(doc.provider);
      return {
        path: `${String(Math.floor(i / 100)).padStart(3, "0")}/${doc.provider}/actions/${doc.name}.json`,
        kind: "action",
        doc,
      };
    }),
  ];
  const layout = rng(seed ^ 0x5bd1e995);
  const indents = entries.map(() => (layout.chance(0.85) ? 2 : layout.chance(0.5) ? 4 : "\t"));

  const bad = rng(seed ^ 0x9e3779b9);
  const ctx = {
    actionCount: (name) => byProvider.get(name)?.length ?? 0,
    otherIntegration: (name) => {
      const i = names.indexOf(name);
      return names[(i + 1) % names.length];
    },
    siblingAction: (doc) => byProvider.get(doc.provider)?.find((n) => n !== doc.name),
  };
  const files = entries.map((entry, i) => {
    let doc = entry.doc;
    const mistakes = [];
    let textMistake;
    if (bad.chance(brokenShare)) {
      const count = bad.chance(0.25) ? 2 : 1;
      const table = entry.kind === "integration" ? INTEGRATION_MISTAKES : ACTION_MISTAKES;
      const objectNames = Object.keys(table);
      const textNames = Object.keys(TEXT_MISTAKES);
      const mutated = structuredClone(doc);
      for (let attempt = 0; mistakes.length + (textMistake ? 1 : 0) < count && attempt < 10; attempt++) {
        // About one mistake in six is made in the text rather than in the document.
        if (!textMistake && bad.chance(0.16)) {
          textMistake = bad.pick(textNames);
          continue;
        }
        // A manifest without actions is the one a staging copy would duplicate.
        const stagingCopy = entry.kind === "integration" && ctx.actionCount(doc.name) === 0 && bad.chance(0.3);
        const name = stagingCopy ? "duplicate-integration-name" : bad.pick(objectNames);
        if (mistakes.includes(name)) continue;
        // Removing a key comes last, so that a second mistake still finds the key it changes.
        if (name === "missing-key" || table[name](bad, mutated, ctx)) mistakes.push(name);
      }
      if (mistakes.includes("missing-key")) table["missing-key"](bad, mutated, ctx);
      if (!clean) doc = mutated;
    }
    let text = `${JSON.stringify(doc, null, indents[i])}\n`;
    if (textMistake) {
      const changed = TEXT_MISTAKES[textMistake](bad, text);
      if (changed !== undefined) {
        if (!clean) text = changed;
        mistakes.push(textMistake);
      }
    }
    return clean
      ? { path: entry.path, text, broken: false, mistakes: [] }
      : { path: entry.path, text, broken: mistakes.length > 0, mistakes };
  });
  return { files };
}

/** Writes a corpus into `dir` (emptied first) and returns a sha256 over paths and contents. */
export function writeCorpus(dir, options) {
  const { files } = generateCorpus(options);
  rmSync(dir, { recursive: true, force: true });
  const made = new Set();
  for (const file of files) {
    const target = path.join(dir, file.path);
    const parent = path.dirname(target);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(target, file.text);
  }
  return { files: files.length, broken: files.filter((f) => f.broken).length, hash: corpusHash(files) };
}

export function corpusHash(files) {
  const hash = createHash("sha256");
  for (const file of files) hash.update(file.path).update("\0").update(file.text).update("\0");
  return hash.digest("hex");
}
