import { FORMAT_NAMES } from "./index.js";

export interface OutputTarget {
  format: string;
  /** Where to write it; undefined means standard output. */
  file?: string;
}

export class OutputPlanError extends Error {}

/**
 * Pairs `--format` names with `--output-file` destinations. `--output-file FORMAT=PATH` sends that
 * format to a file (adding the format if it was not listed); a bare `--output-file PATH` takes the
 * only format. At most one format is left for standard output.
 */
export function planOutputs(formats: readonly string[], outputFiles: readonly string[]): OutputTarget[] {
  const targets: OutputTarget[] = [];
  for (const format of formats.length ? formats : ["stylish"]) {
    if (!FORMAT_NAMES.includes(format)) {
      throw new OutputPlanError(`unknown format "${format}"; use one of ${FORMAT_NAMES.join(", ")}`);
    }
    if (!targets.some((t) => t.format === format)) targets.push({ format });
  }
  for (const spec of outputFiles) {
    const eq = spec.indexOf("=");
    const named = eq > 0 && FORMAT_NAMES.includes(spec.slice(0, eq)) ? spec.slice(0, eq) : undefined;
    const file = named ? spec.slice(eq + 1) : spec;
    if (!file) throw new OutputPlanError(`--output-file ${spec}: the path is missing (write FORMAT=PATH)`);
    let target: OutputTarget | undefined;
    if (named) {
      target = targets.find((t) => t.format === named && t.file === undefined);
      if (!target) {
        // A format listed only here is added: `--output-file sarif=x` alone keeps stylish on stdout.
        target = { format: named };
        targets.push(target);
      }
    } else {
      const unassigned = targets.filter((t) => t.file === undefined);
      if (unassigned.length !== 1) {
        throw new OutputPlanError(
          `--output-file ${spec}: name the format it is for when several are used, e.g. --output-file sarif=${spec}`,
        );
      }
      target = unassigned[0] as OutputTarget;
    }
    if (targets.some((t) => t.file === file)) throw new OutputPlanError(`--output-file ${file} is given twice`);
    target.file = file;
  }
  const toStdout = targets.filter((t) => t.file === undefined);
  if (toStdout.length > 1) {
    throw new OutputPlanError(
      `only one format can go to standard output; send the others to files, e.g. --output-file ${toStdout[1]?.format}=report.${toStdout[1]?.format}`,
    );
  }
  return targets;
}
