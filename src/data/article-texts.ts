/**
 * The articles' own texts (`Article.text`), read from the seed files' folder
 * (<SEEDS_DIR>/articles/<file>): the graph keeps each fact's excerpt, the file the whole
 * article, so a reader can see an excerpt in its place. An article with no file here (a
 * generated dataset's) has no text. Files are read once and kept: they are small, and
 * a corrected article is a new file with a new name (its content hash).
 */
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";

export interface ArticleTexts {
  read(file: string): Promise<string | null>;
}

const MAX_KEPT = 2_000;

export function articleTexts(directory: string): ArticleTexts {
  const kept = new Map<string, Promise<string | null>>();
  return {
    read(file) {
      // A file name only: never a path that leaves the folder.
      if (!file || basename(file) !== file || file.startsWith(".")) return Promise.resolve(null);
      let text = kept.get(file);
      if (!text) {
        text = readFile(join(directory, file), "utf8").catch(() => null);
        if (kept.size >= MAX_KEPT) kept.clear();
        kept.set(file, text);
      }
      return text;
    },
  };
}
