import { readFileSync } from 'node:fs';

/** A shell block a doc marks with `<!-- doc-example: <name> -->`: each command, continuations joined. */
export interface DocExample {
  name: string;
  commands: string[];
}

const MARKER = /<!-- doc-example: ([\w-]+)[^>]*-->\s*\n\s*```sh\n([\s\S]*?)```/g;

/** The marked examples of a Markdown file, in the order they appear. */
export const docExamples = (file: string): DocExample[] =>
  [...readFileSync(file, 'utf8').matchAll(MARKER)].map(([, name, body]) => ({
    name: name!,
    commands: body!
      .replace(/\\\n\s*/g, '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#')),
  }));

/** The README's table of local ports: each service and the URL it documents for its HTTP API. */
export const documentedUrls = (readme: string): Map<string, string> =>
  new Map(
    [...readFileSync(readme, 'utf8').matchAll(/^\| (\w+)\s*\| (http:\/\/127\.0\.0\.1:\d+)\s*\|/gm)].map(
      ([, service, url]) => [service!, url!],
    ),
  );

/**
 * A documented command as it must run against a system on other ports: each documented URL
 * replaced by the running service's, and `<placeholders>` by what earlier commands gave.
 */
export const asRunnable = (
  command: string,
  urls: ReadonlyMap<string, { documented: string; running: string }>,
  values: ReadonlyMap<string, string>,
): string => {
  let runnable = command;
  for (const { documented, running } of urls.values()) runnable = runnable.replaceAll(documented, running);
  return runnable.replace(/<(\w+)>/g, (placeholder, name: string) => {
    const value = values.get(name);
    if (value === undefined) throw new Error(`${placeholder} in "${command}" has no value yet`);
    return value;
  });
};
