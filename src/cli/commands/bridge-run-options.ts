import { type Command, InvalidArgumentError, Option } from "commander";

/** The options of a run against a bridge that bridge-test, call and dev share: one declaration, one parser each. */

export function positiveSeconds(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || n <= 0) throw new InvalidArgumentError("expected seconds, such as 10 or 0.5.");
  return n;
}

function positiveMegabytes(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || n <= 0) throw new InvalidArgumentError("expected megabytes, such as 10 or 0.5.");
  return n;
}

function positiveInteger(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError("expected a whole number of at least 1, such as 100.");
  return Number(value);
}

/** --timeout, --max-body, --max-pages, the checkpoint and the "assumed" contract settings. */
export function addBridgeRunOptions(command: Command): Command {
  return command
    .option("--timeout <seconds>", "how long a bridge may take to answer", positiveSeconds, 10)
    .option(
      "--max-body <megabytes>",
      "largest reply body read, after decompression (the rest is not read)",
      positiveMegabytes,
      10,
    )
    .option("--max-pages <n>", "stop a paging run after n pages and report a paging loop", positiveInteger, 100)
    .option("--checkpoint <value>", "send this synchronization_checkpoint (an incremental contact sync)")
    .option(
      "--checkpoint-field <field>",
      "contact field that must ascend (the field behind your checkpoint)",
      "updated_at",
    )
    .addOption(
      new Option("--auth-success <status>", "what auth validation must answer for valid credentials (assumed)")
        .choices(["2xx", "204", "200"])
        .default("2xx"),
    )
    .addOption(
      new Option("--agent-paging <mode>", "agent sync paging: integer meta.offset / next_offset, or none (assumed)")
        .choices(["offset", "none"])
        .default("offset"),
    )
    .option("--oauth-token-key <key>", "auth key carrying the OAuth access token (assumed)", "access_token");
}
