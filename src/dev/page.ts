/** The dev page: render's views (src/render/html.ts) plus the parts only a live session has. */
import { createHash } from "node:crypto";
import type { Assumption, CallRecord } from "../bridge/types.js";
import {
  actionsView,
  escapeHtml,
  type HtmlViewOptions,
  integrationView,
  problemsView,
  signInView,
} from "../render/html.js";
import type { ActionReply, Outcome, ShownContact, ShownInteraction } from "./bridge-session.js";
import type { WorkspaceView } from "./workspace.js";

export interface DevPageState {
  workspace: WorkspaceView;
  /** Where requests go, or undefined in preview mode (no calls). */
  target: string | undefined;
  presetFields: ReadonlySet<string>;
  connect?: Outcome;
  sync?: Outcome;
  contacts: ShownContact[];
  chosen?: string;
  interactions?: { outcome: Outcome; list: ShownInteraction[] };
  replies: ReadonlyMap<string, ActionReply>;
  calls: readonly CallRecord[];
  assumptions: readonly Assumption[];
}

function outcomeView(outcome: Outcome | undefined, label: string): string {
  if (!outcome) return "";
  const kind = outcome.ok === true ? "ok" : outcome.ok === false ? "bad" : "";
  return `<p class="outcome ${kind}" role="status" aria-label="${escapeHtml(label)}">${escapeHtml(outcome.text)}</p>`;
}

function modeView(state: DevPageState): string {
  const text = state.target
    ? `Live: Connect, Sync and Run send requests to ${escapeHtml(state.target)}, as Talkdesk would.`
    : "Preview: forms, phrasing and problems only. Nothing is sent to a bridge (start with --base URL, --mock or --allow-production to make calls).";
  return `<p id="mode" class="mode${state.target ? " live" : ""}">${text}</p>`;
}

function contactsView(state: DevPageState, options: HtmlViewOptions): string {
  const feature = state.workspace.integration?.features.contactSync.on === true;
  const button = `<button type="button" data-post="/api/sync"${options.calls && feature ? "" : " disabled"}>Sync contacts</button>`;
  const note = feature ? "" : `<p class="note">The manifest has no contact_synchronization_endpoint.</p>`;
  const list = state.contacts.length
    ? `<ul class="contacts" aria-label="Synced contacts">${state.contacts
        .map(
          (c) =>
            `<li><button type="button" class="link" data-post="/api/contacts/choose" data-id="${escapeHtml(c.id)}" aria-pressed="${c.id === state.chosen}">${escapeHtml(c.name)}</button></li>`,
        )
        .join("")}</ul>`
    : "";
  const chosen = state.contacts.find((c) => c.id === state.chosen);
  let interactions = "";
  if (chosen) {
    const rows = (state.interactions?.list ?? [])
      .map(
        (i) =>
          `<tr><td>${escapeHtml(i.subject)}</td><td>${escapeHtml(i.type)}</td><td>${escapeHtml(i.status)}</td><td>${escapeHtml(i.priority)}</td><td>${escapeHtml(i.date)}</td><td>${
            /^https?:\/\//i.test(i.url) ? `<a href="${escapeHtml(i.url)}" rel="noreferrer">Open</a>` : escapeHtml(i.url)
          }</td></tr>`,
      )
      .join("");
    const types = state.workspace.integration?.features.interactionRetrieval.interactionTypes ?? [];
    interactions = `<h3 id="interactions-title">Interactions of ${escapeHtml(chosen.name)}</h3>
<p class="note">Asked for the types ${types.map((t) => `<code>${escapeHtml(t)}</code>`).join(", ") || "(none)"}.</p>
${outcomeView(state.interactions?.outcome, "Interaction retrieval")}
${rows ? `<table aria-labelledby="interactions-title"><thead><tr><th scope="col">Subject</th><th scope="col">Type</th><th scope="col">Status</th><th scope="col">Priority</th><th scope="col">Date</th><th scope="col">Link</th></tr></thead><tbody>${rows}</tbody></table>` : ""}`;
  }
  return `<section id="contacts" aria-labelledby="contacts-title"><h2 id="contacts-title">Contacts</h2>
<p>Sync runs the contact sync through every page; choose a contact to see its interactions and fill the actions' defaults.</p>
${button}${note}${outcomeView(state.sync, "Contact sync")}${list}${interactions}</section>`;
}

function replyView(reply: ActionReply, name: string): string {
  const details: string[] = [];
  if (reply.externalId !== undefined) details.push(`<li>external_id <code>${escapeHtml(reply.externalId)}</code></li>`);
  if (reply.link !== undefined) {
    details.push(
      /^https?:\/\//i.test(reply.link)
        ? `<li><a href="${escapeHtml(reply.link)}" rel="noreferrer">Contact pop link</a></li>`
        : `<li>Contact pop link <code>${escapeHtml(reply.link)}</code></li>`,
    );
  }
  return `${outcomeView(reply, `Reply to ${name}`)}${details.length ? `<ul class="reply">${details.join("")}</ul>` : ""}`;
}

function check(c: CallRecord["checks"][number]): string {
  const kind = !c.ok ? "fail" : c.assumed ? "assumed" : "pass";
  return `<li class="${kind}"><span class="visually-hidden">${kind}: </span>${escapeHtml(c.message)}</li>`;
}

function contractView(state: DevPageState): string {
  const calls = state.calls
    .map((call, index) => {
      const request = call.request
        ? `<details><summary>Request</summary><pre>POST ${escapeHtml(call.request.url)}\n${escapeHtml(JSON.stringify(call.request.body, null, 2))}</pre></details>`
        : "";
      const response = call.response
        ? `<details><summary>Response ${call.response.status}</summary><pre>${escapeHtml(
            [
              `status ${call.response.status}`,
              call.response.contentType ? `content-type: ${call.response.contentType}` : "",
              call.response.location ? `location: ${call.response.location} (not followed)` : "",
              "",
              call.response.bodyText,
            ]
              .filter((line, i) => line !== "" || i === 3)
              .join("\n"),
          )}</pre></details>`
        : "";
      const failed = call.checks.filter((c) => !c.ok).length;
      const verdict = call.skipped
        ? "not sent"
        : call.checks.length === 0
          ? ""
          : failed
            ? `${failed} check${failed === 1 ? "" : "s"} failed`
            : "every check passed";
      const notes = [...(call.skipped ? [call.skipped] : []), ...call.notes]
        .map((n) => `<p class="note">${escapeHtml(n)}</p>`)
        .join("");
      return `<article class="exchange" aria-labelledby="exchange-${index}"><h3 id="exchange-${index}">${index + 1}. ${escapeHtml(call.label)}${verdict ? `: ${verdict}` : ""}</h3>
<ul class="checks">${call.checks.map(check).join("")}</ul>${notes}${request}${response}</article>`;
    })
    .join("\n");
  const assumed = state.assumptions.length
    ? `<details><summary>Assumed behaviour (${state.assumptions.length})</summary><ul class="checks">${state.assumptions
        .map((a) => `<li class="assumed"><span class="visually-hidden">assumed: </span>${escapeHtml(a.text)}</li>`)
        .join("")}</ul></details>`
    : "";
  return `<section id="contract" aria-labelledby="contract-title"><h2 id="contract-title">Contract</h2>
<p>Every exchange of this session with the bridge-test checks; credentials masked.</p>${assumed}
${calls || "<p>No exchange yet.</p>"}</section>`;
}

function integrationSection(state: DevPageState, options: HtmlViewOptions): string {
  const integration = state.workspace.integration;
  if (integration) return integrationView(integration, options);
  return `<section id="integration" aria-labelledby="integration-title"><h2 id="integration-title">${escapeHtml(state.workspace.manifest)}</h2>
<p>${escapeHtml(state.workspace.loadError ?? "This file cannot be previewed as an integration manifest yet: see the problems below.")}</p></section>`;
}

/** Each part of the page by its element id; the script swaps a part when its hash changes. */
export function pageSections(state: DevPageState): Record<string, string> {
  const options: HtmlViewOptions = { mode: "dev", calls: state.target !== undefined, presetFields: state.presetFields };
  const integration = state.workspace.integration;
  const replies = new Map([...state.replies].map(([name, reply]) => [name, replyView(reply, name)] as const));
  const chosen = state.contacts.find((c) => c.id === state.chosen);
  const intro = `<p class="note">${chosen ? `Defaults filled from ${escapeHtml(chosen.name)}.` : "Defaults filled from a sample contact; choose a synced contact to use theirs."}</p>`;
  const sections: Record<string, string> = {
    mode: modeView(state),
    integration: integrationSection(state, options),
    "sign-in": integration
      ? signInView(integration, options, outcomeView(state.connect, "Connection"))
      : `<section id="sign-in" aria-labelledby="sign-in-title"><h2 id="sign-in-title">Sign-in</h2><p>No form: the manifest cannot be read as an integration.</p></section>`,
    contacts: contactsView(state, options),
    actions: actionsView(state.workspace.actions, options, replies, intro),
    contract: contractView(state),
    problems: problemsView(state.workspace.diagnostics),
  };
  for (const [id, html] of Object.entries(sections)) sections[id] = withHash(html);
  return sections;
}

function withHash(html: string): string {
  const hash = createHash("sha256").update(html).digest("base64url").slice(0, 16);
  return html.replace(/^<(\w+)/, `<$1 data-hash="${hash}"`);
}

export function pageDocument(state: DevPageState, sections: Record<string, string>): string {
  const title = state.workspace.integration?.displayName ?? state.workspace.manifest;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} - td-integration dev</title>
<link rel="stylesheet" href="/assets/page.css">
<script type="module" src="/assets/dev.js"></script>
</head>
<body>
<header><h1>td-integration dev</h1><p>${escapeHtml(state.workspace.manifest)}: Talkdesk's view of this integration, on your machine. <span id="live" role="status"></span></p></header>
${sections.mode}
<main>
${Object.entries(sections)
  .filter(([id]) => id !== "mode")
  .map(([, html]) => html)
  .join("\n")}
</main>
</body>
</html>
`;
}
