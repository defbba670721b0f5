/**
 * The template (scripts/new-service/template/) as files of a new service: every file's path and
 * text with `__service__` replaced by the name, then formatted as the repository formats it, since
 * a longer or shorter name moves line breaks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { format, resolveConfig } from 'prettier';

export const TEMPLATE_DIR = join(import.meta.dirname, 'template');

/** The one placeholder: the service's name, as `pnpm new:service <name>` was given it. */
export const PLACEHOLDER = '__service__';

export interface PlannedFile {
  /** Relative to the repository root, forward slashes. */
  readonly path: string;
  readonly text: string;
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();

/** Formats `text` as Prettier would the file at `path` of the repository at `root`. */
export const formatAs = async (root: string, path: string, text: string): Promise<string> =>
  format(text, { ...(await resolveConfig(join(root, path))), filepath: join(root, path) });

/** The new service's files, under services/<name>/. */
export const renderTemplate = async (root: string, name: string): Promise<PlannedFile[]> =>
  Promise.all(
    filesUnder(TEMPLATE_DIR).map(async (file) => {
      const path = `services/${name}/${relative(TEMPLATE_DIR, file).split('\\').join('/')}`.replaceAll(
        PLACEHOLDER,
        name,
      );
      const text = readFileSync(file, 'utf8').replaceAll(PLACEHOLDER, name);
      return { path, text: await formatAs(root, path, text) };
    }),
  );
