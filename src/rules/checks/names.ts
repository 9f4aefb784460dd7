/** Name checks shared by the name rules and init. */

const SNAKE_CASE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/** `create_ticket`: lowercase words of letters and digits joined by single underscores, starting with a letter. */
export function isSnakeCase(text: string): boolean {
  return SNAKE_CASE.test(text);
}

/** "Create Ticket" / "createTicket" / "create-ticket" -> "create_ticket" (may be empty or start with a digit). */
export function toSnakeCase(text: string): string {
  return text
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}
