// Errors a bridge's system functions throw to choose the reply Talkdesk gets.
// Plain JavaScript without dependencies: also copied into generated bridge projects.

/** A reply other than success: `status` is the HTTP status, `message` is shown to the user by Talkdesk. */
export class BridgeError extends Error {
  constructor(status, message) {
    super(message);
    this.name = "BridgeError";
    this.status = status;
  }
}

/** 401: the credentials are not valid (for OAuth integrations Talkdesk then refreshes the token and retries once). */
export const unauthorized = (message = "invalid credentials") => new BridgeError(401, message);

/** 400: the request cannot be served as sent (for an action: the action failed; Talkdesk shows the message). */
export const badRequest = (message) => new BridgeError(400, message);
