/** A problem with how the tool was called or configured, or with I/O: exit code 2, one line, no stack. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = "UsageError";
  }
}
