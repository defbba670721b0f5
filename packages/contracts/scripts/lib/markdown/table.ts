/** Makes text safe inside a Markdown table cell: a pipe would end the cell, a newline the row. */
export const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** Inline code, safe in a table cell. */
export const code = (text: string): string => `\`${cell(text)}\``;

/** A GitHub-flavoured Markdown table; prettier aligns the columns afterwards. */
export const table = (header: readonly string[], rows: readonly (readonly string[])[]): string =>
  [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
