/**
 * Whether to colour output: an explicit --color/--no-color wins, then FORCE_COLOR, then NO_COLOR,
 * then whether the stream is a terminal.
 */
export function shouldColor(flag: boolean | undefined, stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): boolean {
  if (flag !== undefined) return flag;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return Boolean(stream.isTTY);
}
