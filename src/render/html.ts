/**
 * The views `td-integration dev` serves and `render --html` writes: the integration, its sign-in form,
 * each action's phrasing and input form, and the problems. Plain HTML built from render's models; every
 * control is reachable by its accessible name (label, button text, heading).
 */
import type { Diagnostic } from "../diagnostic.js";
import { escapeControlKeepingLayout } from "../util/terminal.js";
import type {
  ActionPreview,
  AuthFieldPreview,
  Expansion,
  InputPreview,
  IntegrationPreview,
  RenderResult,
} from "./types.js";

export interface HtmlViewOptions {
  /** `dev`: controls that call the server, images loaded from the manifest's URLs. `static`: nothing loads, nothing runs. */
  mode: "dev" | "static";
  /** The server may call a bridge (dev with --base, --mock or --allow-production). */
  calls?: boolean;
  /** Auth fields that have a value from --credentials or TD_AUTH_* (the form says so, never shows it). */
  presetFields?: ReadonlySet<string>;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text as HTML text or attribute value; control characters shown as \u escapes, as in every other report. */
export function escapeHtml(value: unknown): string {
  return escapeControlKeepingLayout(String(value)).replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/** A name usable in an id attribute. */
export function idPart(value: string): string {
  return value.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`);
}

function isHttpUrl(value: string | undefined): value is string {
  if (value === undefined) return false;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

function image(url: string | undefined, alt: string, className: string): string {
  if (url === undefined || url === "" || !isHttpUrl(url)) return "";
  return `<img class="${className}" src="${escapeHtml(url)}" alt="${escapeHtml(alt)}" referrerpolicy="no-referrer">`;
}

/** The logo and icon: loaded in dev (a broken one shows its alt text), named by URL in a static page (nothing fetched). */
function images(integration: IntegrationPreview, title: string, options: HtmlViewOptions): string {
  if (options.mode === "dev") {
    return `<div class="brand">${image(integration.iconUrl, `${title} icon`, "icon")}${image(integration.logoUrl, `${title} logo`, "logo")}</div>`;
  }
  const named = [
    integration.logoUrl ? `logo <code>${escapeHtml(integration.logoUrl)}</code>` : "",
    integration.iconUrl ? `icon <code>${escapeHtml(integration.iconUrl)}</code>` : "",
  ].filter(Boolean);
  return named.length ? `<p class="file">Images (not loaded here): ${named.join(", ")}</p>` : "";
}

const FEATURES: { key: keyof IntegrationPreview["features"]; label: string }[] = [
  { key: "authValidation", label: "Credentials checked on sign-in (auth validation)" },
  { key: "contactSync", label: "Contacts synced into Talkdesk (contact sync)" },
  { key: "interactionRetrieval", label: "Interactions shown on a contact (interaction retrieval)" },
  { key: "agentSync", label: "Agents synced (agent sync)" },
];

/** 1. The integration: display name, logo and icon, description, the features its endpoints turn on. */
export function integrationView(integration: IntegrationPreview, options: HtmlViewOptions): string {
  const title = integration.displayName ?? integration.name ?? "(no display_name)";
  const features = FEATURES.map(({ key, label }) => {
    const feature = integration.features[key];
    const types =
      key === "interactionRetrieval" && feature.on && integration.features.interactionRetrieval.interactionTypes.length
        ? ` (types: ${integration.features.interactionRetrieval.interactionTypes.map(escapeHtml).join(", ")})`
        : "";
    return `<li class="${feature.on ? "on" : "off"}">${escapeHtml(label)}: <strong>${feature.on ? "on" : "off"}</strong>${types}</li>`;
  }).join("");
  const brand = images(integration, title, options);
  return `<section id="integration" aria-labelledby="integration-title">
${options.mode === "dev" ? brand : ""}<h2 id="integration-title">${escapeHtml(title)}</h2>
${integration.name !== undefined ? `<p class="name">Integration name <code>${escapeHtml(integration.name)}</code></p>` : ""}
${integration.description !== undefined ? `<p class="description">${escapeHtml(integration.description)}</p>` : ""}${options.mode === "static" ? brand : ""}
<h3>Features</h3>
<ul class="features">${features}</ul>
</section>`;
}

const FILLED_BY: Record<Exclude<AuthFieldPreview["filledBy"], "user">, string> = {
  oauth: "filled by Talkdesk from the OAuth exchange",
  default: "a preset default: not shown on the form",
  auth_validation: "returned by the auth validation: not shown on the form",
};

function formatTemplate(expansion: Expansion): string {
  return escapeHtml(expansion.template);
}

function authInput(field: AuthFieldPreview, options: HtmlViewOptions): string {
  const name = field.name ?? "";
  const id = `auth-${idPart(name)}`;
  const label = field.display ?? name;
  const preset = options.presetFields?.has(name) === true;
  const described: string[] = [];
  const parts: string[] = [];
  if (field.help) {
    described.push(`${id}-help`);
    parts.push(`<p class="help" id="${id}-help">${escapeHtml(field.help)}</p>`);
  }
  if (preset) {
    described.push(`${id}-preset`);
    parts.push(
      `<p class="preset" id="${id}-preset">A value is already set (--credentials, TD_AUTH_* or the mock's sample); leave the box empty to use it.</p>`,
    );
  }
  if (field.format) {
    described.push(`${id}-format`);
    parts.push(
      `<p class="format">Address preview: <output id="${id}-format" data-template="${formatTemplate(field.format)}" for="${id}">${escapeHtml(field.format.result)}</output></p>`,
    );
  }
  const required = field.mandatory && !preset && options.mode === "dev" ? " required" : "";
  const disabled = options.mode === "static" ? " disabled" : "";
  return `<div class="field">
<label for="${id}">${escapeHtml(label)}${field.mandatory ? ' <span class="mandatory">(mandatory)</span>' : ""}</label>
<input id="${id}" name="${escapeHtml(name)}" type="${field.masked ? "password" : "text"}" autocomplete="off"${required}${field.mandatory ? ' aria-required="true"' : ""}${disabled}${described.length ? ` aria-describedby="${described.join(" ")}"` : ""}>
${parts.join("\n")}
</div>`;
}

/** 2. The sign-in form built from authentication_configuration, with Connect in dev. */
export function signInView(integration: IntegrationPreview, options: HtmlViewOptions, outcome = ""): string {
  if (!integration.signInForm) {
    return `<section id="sign-in" aria-labelledby="sign-in-title"><h2 id="sign-in-title">Sign-in</h2>
<p>authentication_type is none: Talkdesk shows no sign-in form.</p>${outcome}</section>`;
  }
  const onForm = integration.authFields.filter((f) => f.filledBy === "user" && f.name !== undefined);
  const others = integration.authFields.filter((f) => f.filledBy !== "user");
  const inputs = onForm.map((field) => authInput(field, options)).join("\n");
  const notShown = others.length
    ? `<h3>Not on the form</h3><ul class="not-shown">${others
        .map(
          (f) =>
            `<li><code>${escapeHtml(f.name ?? "?")}</code>${f.display ? ` (${escapeHtml(f.display)})` : ""}: ${escapeHtml(FILLED_BY[f.filledBy as keyof typeof FILLED_BY])}</li>`,
        )
        .join("")}</ul>`
    : "";
  const button =
    options.mode === "dev"
      ? options.calls
        ? `<button type="submit">Connect</button>`
        : `<button type="submit" disabled>Connect</button> <span class="note">Preview: no bridge to call (start with --base, --mock or --allow-production).</span>`
      : "";
  const type = integration.authenticationType
    ? ` (authentication_type ${escapeHtml(integration.authenticationType)})`
    : "";
  return `<section id="sign-in" aria-labelledby="sign-in-title"><h2 id="sign-in-title">Sign-in</h2>
<p>The form the account admin fills in when installing the integration${type}.</p>
<form aria-labelledby="sign-in-title" data-post="/api/connect">
${inputs || "<p>No field for the user to fill in.</p>"}
${button}
</form>${notShown}${outcome}</section>`;
}

function inputControl(input: InputPreview, id: string, options: HtmlViewOptions): string {
  const name = escapeHtml(input.key ?? "");
  const value = input.default?.result ?? "";
  const required = input.mandatory && options.mode === "dev" ? " required" : "";
  const attributes = `id="${id}" name="${name}"${required}${input.mandatory ? ' aria-required="true"' : ""}${options.mode === "static" ? " disabled" : ""}`;
  switch (input.widget) {
    case "textarea":
      return `<textarea ${attributes} rows="3">${escapeHtml(value)}</textarea>`;
    case "select": {
      const list = input.options ?? [];
      return `<select ${attributes}>${list.map((o, i) => `<option${i === 0 ? " selected" : ""}>${escapeHtml(o)}</option>`).join("")}</select>`;
    }
    default: {
      const type =
        input.widget === "datetime"
          ? "datetime-local"
          : input.widget === "number" || input.widget === "tel" || input.widget === "url"
            ? input.widget
            : "text";
      // A date/time or number box drops a default it cannot parse (the template is shown beside it).
      return `<input type="${type}" ${attributes}${value !== "" ? ` value="${escapeHtml(value)}"` : ""}>`;
    }
  }
}

function actionTitle(action: ActionPreview): string {
  return action.display?.rendered ?? action.name ?? "(action without display)";
}

function actionView(action: ActionPreview, file: string, options: HtmlViewOptions, reply: string): string {
  const key = idPart(action.name ?? file);
  const title = actionTitle(action);
  const fields = action.inputs
    .map((input, index) => {
      const id = `input-${key}-${index}`;
      const label = input.name ?? input.key ?? `input ${index + 1}`;
      const defaultNote =
        input.default && input.default.template !== ""
          ? `<p class="help" id="${id}-default">Default <code>${escapeHtml(input.default.template)}</code></p>`
          : "";
      return `<div class="field">
<label for="${id}">${escapeHtml(label)}${input.mandatory ? ' <span class="mandatory">(mandatory)</span>' : ""}</label>
${inputControl(input, id, options)}
<p class="widget">${escapeHtml(input.widgetLabel)}${input.key ? `, sent as <code>${escapeHtml(input.key)}</code>` : ""}</p>
${defaultNote}
</div>`;
    })
    .join("\n");
  const combo = action.display?.comboBox
    ? `<p>Combo-box: <q class="combo">${escapeHtml(action.display.comboBox.text)}</q>${action.display.comboBox.truncated ? ` (cut at ${action.display.comboBox.limit} characters)` : ""}</p>`
    : "";
  const description = action.description ? `<p class="description">${escapeHtml(action.description.rendered)}</p>` : "";
  const button =
    options.mode === "dev"
      ? options.calls
        ? `<button type="submit">Run</button>`
        : `<button type="submit" disabled>Run</button>`
      : "";
  return `<article class="action" id="action-${key}" aria-labelledby="action-${key}-title">
<h3 id="action-${key}-title">${escapeHtml(title)}</h3>
${combo}${description}
<p class="file">From <code>${escapeHtml(file)}</code>${action.name ? `, action <code>${escapeHtml(action.name)}</code>` : ""}</p>
<form aria-labelledby="action-${key}-title" data-post="/api/actions/run" data-action="${escapeHtml(action.name ?? "")}">
${fields || "<p>No inputs.</p>"}
${button}
</form>${reply}
</article>`;
}

/** 4. Each action: the automation phrasing, the combo-box text and its input form (Run in dev). */
export function actionsView(
  actions: readonly { file: string; action: ActionPreview }[],
  options: HtmlViewOptions,
  replies: ReadonlyMap<string, string> = new Map(),
  intro = "",
): string {
  const list = actions.length
    ? actions.map((a) => actionView(a.action, a.file, options, replies.get(a.action.name ?? "") ?? "")).join("\n")
    : "<p>No action of this integration found (point --actions at the action files).</p>";
  return `<section id="actions" aria-labelledby="actions-title"><h2 id="actions-title">Actions</h2>${intro}
${list}
</section>`;
}

function problemRow(d: Diagnostic): string {
  const rule = d.docsUrl
    ? `<a href="${escapeHtml(d.docsUrl)}">${escapeHtml(d.ruleId)}</a>`
    : `<code>${escapeHtml(d.ruleId)}</code>`;
  return `<tr class="${d.severity}"><td>${d.severity}</td><td><code>${escapeHtml(d.file)}:${d.line}:${d.column}</code></td><td>${escapeHtml(d.message)}</td><td>${rule}</td></tr>`;
}

/** 6. Lint's diagnostics and render's own, for every file shown. */
export function problemsView(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const summary = diagnostics.length
    ? `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`
    : "No problems.";
  const table = diagnostics.length
    ? `<table><caption class="visually-hidden">Problems</caption><thead><tr><th scope="col">Severity</th><th scope="col">Where</th><th scope="col">Message</th><th scope="col">Rule</th></tr></thead><tbody>${diagnostics.map(problemRow).join("")}</tbody></table>`
    : "";
  return `<section id="problems" aria-labelledby="problems-title"><h2 id="problems-title">Problems</h2>
<p class="summary">${summary}</p>${table}</section>`;
}

/**
 * `render --html`: one self-contained page (styles inline, no script, nothing fetched) with the
 * views of every file rendered.
 */
export function staticDocument(results: readonly RenderResult[], style: string, title: string): string {
  const options: HtmlViewOptions = { mode: "static" };
  const parts: string[] = [];
  for (const result of results) {
    if (result.kind !== "integration") continue;
    parts.push(
      `<div class="file-views"><p class="file">From <code>${escapeHtml(result.file)}</code></p>`,
      integrationView(result.integration, options),
      signInView(result.integration, options),
      "</div>",
    );
  }
  const actions = results.flatMap((r) => (r.kind === "action" ? [{ file: r.file, action: r.action }] : []));
  if (actions.length) parts.push(actionsView(actions, options));
  parts.push(problemsView(results.flatMap((r) => r.diagnostics)));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
${style}
</style>
</head>
<body>
<header><h1>${escapeHtml(title)}</h1><p>A preview of how Talkdesk shows these files, written by td-integration render --html. Forms are shown, not sent.</p></header>
<main>
${parts.join("\n")}
</main>
</body>
</html>
`;
}
