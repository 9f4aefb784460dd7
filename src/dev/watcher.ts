/**
 * Watches the manifest and the action files. chokidar, because editors save by writing a new file
 * and renaming it over the old one, which node's fs.watch loses track of on Linux; it follows
 * those, new files in a watched folder, and removals.
 */
import { watch } from "chokidar";

export interface FileWatcher {
  close(): Promise<void>;
}

/** Calls `onChange` once a burst of changes to JSON files under `paths` has settled (100 ms). */
export async function watchFiles(paths: readonly string[], onChange: () => void): Promise<FileWatcher> {
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch([...paths], {
    ignoreInitial: true,
    ignored: (file, stats) => stats?.isFile() === true && !file.endsWith(".json"),
    depth: 20,
  });
  watcher.on("all", () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(onChange, 100);
  });
  // A watch error (a folder removed, too many watches) leaves the page as it was; it is not a crash.
  watcher.on("error", () => {});
  await new Promise<void>((resolve) => watcher.once("ready", () => resolve()));
  return {
    close: async () => {
      if (timer) clearTimeout(timer);
      await watcher.close();
    },
  };
}
