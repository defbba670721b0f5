/** A Markdown table's lines; `pnpm bench` and `pnpm bench:saga` let prettier pad the columns after. */
export const markdownTable = (head: readonly string[], rows: readonly (readonly string[])[]): string[] => [
  `| ${head.join(' | ')} |`,
  `| ${head.map(() => '---').join(' | ')} |`,
  ...rows.map((row) => `| ${row.join(' | ')} |`),
];
