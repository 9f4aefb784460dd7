// The Talkdesk side of a bridge: a `node:http` request handler that reads each request as Talkdesk
// sends it, asks the system functions for the data, and answers exactly as the bridge contract says
// (docs/bridge-testing.md of td-integration): 401 for invalid credentials, contact pages with
// `next_offset`, `context` and `synchronization_checkpoint`, interactions as a top-level array,
// agent pages with an integer offset, 201 or 400 for actions.
// Plain JavaScript without dependencies: also copied into generated bridge projects.

import { BridgeError, badRequest, unauthorized } from "./errors.js";

/** Talkdesk sends small JSON bodies; anything larger is refused before it is read in full. */
const MAX_BODY_BYTES = 1024 * 1024;

const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
const isEmpty = (value) => value === undefined || value === null || (typeof value === "string" && value.trim() === "");

function send(res, status, value) {
  if (value === undefined) {
    res.writeHead(status);
    res.end();
    return;
  }
  const body = JSON.stringify(value);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(body),
  });
  res.end(body);
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BridgeError(413, `the request body is over ${MAX_BODY_BYTES} bytes`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** Drops the keys whose value is undefined, so the reply carries only what is set. */
function defined(object) {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

async function authValidation(system, auth) {
  const fields = await system.authValidation(auth);
  // 204 when there is nothing to store (older docs); 200 with the fields to store (current docs).
  return isObject(fields) && Object.keys(fields).length > 0 ? [200, fields] : [204, undefined];
}

async function contactSync(system, auth, meta) {
  const { offset, context, synchronization_checkpoint: checkpoint } = meta;
  if (offset !== undefined && typeof offset !== "string") throw badRequest("meta.offset must be a string");
  if (context !== undefined && offset === undefined) {
    throw badRequest("meta.context is only sent with meta.offset (the context of the previous page)");
  }
  if (checkpoint !== undefined && typeof checkpoint !== "string") {
    throw badRequest("meta.synchronization_checkpoint must be a string");
  }
  const page = await system.contactPage({ auth, checkpoint, offset, context });
  const more = page.nextOffset !== undefined && page.nextOffset !== null;
  return [
    200,
    defined({
      contacts: page.contacts,
      // Talkdesk sends it back on the next sync, which then only asks for what changed since.
      synchronization_checkpoint: page.checkpoint ?? checkpoint,
      next_offset: more ? String(page.nextOffset) : undefined,
      context: more ? page.context : undefined,
    }),
  ];
}

async function interactionRetrieval(system, auth, meta, data) {
  if (!isObject(data) || typeof data.contact_external_id !== "string") {
    throw badRequest("data.contact_external_id must be the contact's id");
  }
  const types = Array.isArray(meta.interaction_types)
    ? meta.interaction_types.filter((type) => typeof type === "string")
    : [];
  const contact = {
    id: data.contact_external_id,
    name: data.contact_name,
    emails: Array.isArray(data.contact_emails) ? data.contact_emails : [],
    phones: Array.isArray(data.contact_phones) ? data.contact_phones : [],
  };
  const interactions = await system.interactions({ auth, contact, types });
  // Talkdesk shows only the types it asked for: anything else is left out here.
  return [200, interactions.filter((interaction) => types.includes(interaction.type))];
}

async function agentSync(system, auth, meta) {
  const { offset } = meta;
  if (offset !== undefined && !(Number.isInteger(offset) && offset >= 0)) {
    throw badRequest("meta.offset must be a whole number");
  }
  const page = await system.agentPage({ auth, offset });
  const more = page.nextOffset !== undefined && page.nextOffset !== null;
  return [200, defined({ agents: page.agents, next_offset: more ? page.nextOffset : undefined })];
}

async function runAction(system, auth, meta, data, action) {
  const values = isObject(data) ? data : {};
  const missing = action.inputs.filter((input) => input.mandatory && isEmpty(values[input.key]));
  if (missing.length > 0) {
    const keys = missing.map((input) => input.key).join(", ");
    throw badRequest(`${action.name} needs a value for ${keys}`);
  }
  const result = await system.runAction({
    auth,
    action: action.name,
    data: values,
    contactId: typeof meta.contact_external_id === "string" ? meta.contact_external_id : undefined,
    agentId: typeof meta.agent_external_id === "string" ? meta.agent_external_id : undefined,
  });
  return [
    201,
    defined({
      message: result.message,
      external_id: result.externalId === undefined ? undefined : String(result.externalId),
      contact_external_id: result.contactExternalId,
      contact_external_type: result.contactExternalType,
      contact_external_url: result.contactExternalUrl,
    }),
  ];
}

/**
 * A `node:http` request handler for every endpoint of `integration` (see integration.js).
 * `system`: the functions that reach the data (see sample-backend.js for what each returns).
 * `onError(error)`: called with unexpected errors (the reply is then a 500 without details).
 */
export function createBridgeHandler({ integration, system, onError = () => {} }) {
  const routes = new Map(integration.routes.map((route) => [route.path, route]));

  async function answer(req) {
    const route = routes.get(new URL(req.url ?? "/", "http://bridge").pathname);
    if (!route) throw new BridgeError(404, "no such endpoint");
    if (req.method !== "POST") throw new BridgeError(405, "Talkdesk calls a bridge with POST");
    let body;
    try {
      body = JSON.parse(await readBody(req));
    } catch (error) {
      if (error instanceof BridgeError) throw error;
      throw badRequest("the body is not JSON");
    }
    if (!isObject(body)) throw badRequest("the body must be a JSON object");
    const auth = isObject(body.auth) ? body.auth : {};
    const meta = isObject(body.meta) ? body.meta : {};
    if (!(await system.authenticate(auth))) throw unauthorized();
    switch (route.kind) {
      case "auth-validation":
        return authValidation(system, auth);
      case "contact-sync":
        return contactSync(system, auth, meta);
      case "interaction-retrieval":
        return interactionRetrieval(system, auth, meta, body.data);
      case "agent-sync":
        return agentSync(system, auth, meta);
      default:
        return runAction(system, auth, meta, body.data, route.action);
    }
  }

  return (req, res) => {
    answer(req).then(
      ([status, value]) => send(res, status, value),
      (error) => {
        if (error instanceof BridgeError) {
          if (error.status === 405) res.setHeader("allow", "POST");
          send(res, error.status, { message: error.message });
          return;
        }
        onError(error);
        send(res, 500, { message: "the bridge failed; see its log" });
      },
    );
  };
}
