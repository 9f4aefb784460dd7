import { type HostProblem, looksLikeUrl, urlHostProblem } from "../rules/checks/url.js";

export { looksLikeUrl };

function describeChar(char: string): string {
  if (char === " ") return "a space";
  if (char.trim() === "") return "white space";
  return `\`${char}\``;
}

function words(problem: HostProblem): string {
  switch (problem.code) {
    case "notAbsolute":
      return "it is not an absolute URL such as https://example.com/path";
    case "noHost":
      return "it has no host";
    case "hostCharacter":
      return `its host \`${problem.host}\` contains ${describeChar(problem.character)}`;
    case "emptyLabel":
      return `its host \`${problem.host}\` has an empty part between dots`;
    case "labelHyphen":
      return `its host \`${problem.host}\` has the part \`${problem.label}\`, which cannot start or end with \`-\``;
    case "unparsable":
      return "it does not parse as a URL";
  }
}

/** Why an expanded URL is unusable, in words (src/rules/checks/url.ts judges it), or undefined when it is fine. */
export function urlProblem(text: string): string | undefined {
  const problem = urlHostProblem(text);
  return problem && words(problem);
}
