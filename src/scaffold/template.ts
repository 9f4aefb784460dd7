import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { readSource } from "../document/read.js";
import { didYouMean } from "../util/suggest.js";
import { resolvesInside } from "../util/write-file.js";

/** Shows a question only when an earlier answer has (or lacks) a value. */
const whenSchema = z
  .object({
    id: z.string(),
    equals: z.union([z.string(), z.boolean()]).optional(),
    notEquals: z.union([z.string(), z.boolean()]).optional(),
    includes: z.string().optional(),
  })
  .strict();

const choiceSchema = z.object({ value: z.string(), name: z.string().optional() }).strict();

const base = {
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, "a question id is lowercase letters, digits and _, such as display_name"),
  message: z.string().min(1),
  /** The command-line flag, without `--`; defaults to the id with - for _. */
  flag: z.string().optional(),
  /** Placeholder shown in the list of missing answers, such as `mycrm`. */
  hint: z.string().optional(),
  required: z.boolean().default(false),
  when: whenSchema.optional(),
};

const leafQuestionSchema = z.discriminatedUnion("type", [
  z.object({ ...base, type: z.literal("input"), default: z.string().optional() }).strict(),
  /** A default value for an action input: a value provider picker, or text. */
  z.object({ ...base, type: z.literal("value"), default: z.string().optional() }).strict(),
  z
    .object({
      ...base,
      type: z.literal("select"),
      choices: z.array(choiceSchema).min(1),
      default: z.string().optional(),
    })
    .strict(),
  z
    .object({
      ...base,
      type: z.literal("checkbox"),
      choices: z.array(choiceSchema).min(1),
      default: z.array(z.string()).optional(),
    })
    .strict(),
  z.object({ ...base, type: z.literal("confirm"), default: z.boolean().optional() }).strict(),
  /** Comma-separated strings. */
  z.object({ ...base, type: z.literal("list"), default: z.array(z.string()).optional() }).strict(),
  /** The `name` of an integration: picked from the project's integrations, or typed. */
  z.object({ ...base, type: z.literal("provider"), default: z.string().optional() }).strict(),
]);

const groupQuestionSchema = z
  .object({
    ...base,
    type: z.literal("group"),
    /** What one item is called in prompts and messages: "auth field", "input". */
    itemName: z.string(),
    min: z.number().int().nonnegative().default(0),
    item: z.array(leafQuestionSchema).min(1),
    /** JSON written for each item; `${.id}` names the item's answers. Default: the answers themselves. */
    itemTemplate: z.record(z.string(), z.unknown()).optional(),
    default: z.array(z.record(z.string(), z.unknown())).optional(),
  })
  .strict();

export const questionSchema = z.union([leafQuestionSchema, groupQuestionSchema]);

export const templateManifestSchema = z
  .object({
    $schema: z.string().optional(),
    kind: z.enum(["integration", "action"]),
    title: z.string().min(1),
    description: z.string().min(1),
    /** For integration templates: the authentication type the template writes. */
    authenticationType: z.string().optional(),
    questions: z.array(questionSchema),
    files: z
      .array(
        z
          .object({
            /** A JSON file in the template folder, with `${answer}` placeholders. */
            from: z.string(),
            /** Output path inside --out, with placeholders, such as `${name}.json`. */
            to: z.string(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type LeafQuestion = z.infer<typeof leafQuestionSchema>;
export type GroupQuestion = z.infer<typeof groupQuestionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type TemplateManifest = z.infer<typeof templateManifestSchema>;

export interface LoadedTemplate extends TemplateManifest {
  id: string;
  dir: string;
  /** The parsed skeleton of each file, in `files` order. */
  sources: unknown[];
}

export const TEMPLATE_MANIFEST = "template.json";

/** A template folder that cannot be used; the message names the file and the problem. */
export class TemplateError extends Error {
  override name = "TemplateError";
}

/** The templates/ folder shipped with the package (found from this module, bundled or not). */
export function builtinTemplatesDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, "templates");
    if (existsSync(path.join(dir, "package.json")) && existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  throw new TemplateError("cannot find the templates/ folder of td-integration; reinstall the package");
}

/** Reads and checks a template folder: template.json and each file it names. */
export function loadTemplate(dir: string): LoadedTemplate {
  const manifestFile = path.join(dir, TEMPLATE_MANIFEST);
  try {
    if (!statSync(dir).isDirectory()) throw new TemplateError(`template ${dir} is not a folder`);
  } catch (error) {
    if (error instanceof TemplateError) throw error;
    throw new TemplateError(`cannot read template folder ${dir}: ${(error as NodeJS.ErrnoException).code}`);
  }
  if (!existsSync(manifestFile)) {
    throw new TemplateError(
      `template folder ${dir} has no ${TEMPLATE_MANIFEST}; a template folder holds ${TEMPLATE_MANIFEST} (kind, title, questions, files) and the JSON files it names`,
    );
  }
  const text = readTemplateFile(dir, manifestFile);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new TemplateError(`${manifestFile} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = templateManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join(".") : "the top level";
    throw new TemplateError(`${manifestFile}: ${where}: ${issue?.message ?? "invalid"}`);
  }
  const manifest = parsed.data;
  checkQuestionIds(manifest, manifestFile);
  const sources = manifest.files.map((file) => {
    const source = path.join(dir, file.from);
    const text = readTemplateFile(dir, source, file.from, manifestFile);
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new TemplateError(`${source} is not valid JSON: ${(error as Error).message}`);
    }
  });
  return { ...manifest, id: path.basename(path.resolve(dir)), dir, sources };
}

/**
 * Reads one file of a template through the bounded reader. A file that leads out of the template
 * folder, by `../` or through a symbolic link, is refused before it is opened.
 */
function readTemplateFile(dir: string, file: string, named = path.basename(file), manifestFile?: string): string {
  if (!resolvesInside(dir, path.relative(dir, file))) {
    const where = manifestFile ? `${manifestFile}: file ${named}` : file;
    throw new TemplateError(
      `${where} is outside the template folder ${dir} (by ../ or a symbolic link); keep template files inside it`,
    );
  }
  const read = readSource(file);
  if (!read.ok) throw new TemplateError(`cannot read ${file}: ${read.reason}`);
  return read.text;
}

function checkQuestionIds(manifest: TemplateManifest, file: string): void {
  const seen = new Map<string, Question>();
  for (const question of manifest.questions) {
    const earlier = seen.get(question.id);
    // The same id may appear twice only as alternatives (each with its own `when`).
    if (earlier && (!earlier.when || !question.when)) {
      throw new TemplateError(`${file}: question id ${question.id} is used twice; give each question its own id`);
    }
    seen.set(question.id, question);
  }
}

/** Every template under a folder (each sub-folder holding a template.json), sorted by id. */
export function listTemplates(root: string): LoadedTemplate[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(root, entry.name, TEMPLATE_MANIFEST)))
    .map((entry) => loadTemplate(path.join(root, entry.name)))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * A built-in template by id, or a template folder (relative to cwd). `label` names where the reference
 * came from in the message (`--template`, `template`); `hint` ends it.
 */
export function resolveTemplate(
  ref: string,
  builtins: readonly LoadedTemplate[],
  cwd: string,
  label: string,
  hint = "",
): LoadedTemplate {
  const builtin = builtins.find((t) => t.id === ref);
  if (builtin) return builtin;
  const dir = path.resolve(cwd, ref);
  if (!existsSync(dir)) {
    const suggestion = didYouMean(
      ref,
      builtins.map((t) => t.id),
    );
    throw new TemplateError(
      `${label} ${ref}: no such template folder and no built-in template of that id${suggestion ? `; did you mean ${suggestion}?` : ""}${hint}`,
    );
  }
  return loadTemplate(dir);
}
