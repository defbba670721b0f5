/**
 * The reliability report (docs/reliability-report.md) from the figures each suite of
 * test/reliability recorded: a headline table of what issue #7 asks for, then every suite's figures.
 */

export interface RecordedSection {
  readonly section: string;
  readonly recordedAt: string;
  readonly figures: Readonly<Record<string, number | string>>;
}

/** The suites a complete report has; a run that lacks one is not reported (it did not pass). */
export const REQUIRED_SECTIONS = ['faults', 'duplicates', 'load', 'fuzz', 'secrets-in-logs', 'security-headers'];

/**
 * The headline figures, each the sum of the figures of that name across suites: every suite that
 * can lose an order or see a 5xx says so under the same name.
 */
export const HEADLINES = ['faults survived', 'duplicates injected', 'inputs tried', '5xx seen', 'orders lost'];

const total = (sections: readonly RecordedSection[], name: string): number | undefined => {
  const values = sections.map((s) => s.figures[name]).filter((v): v is number => typeof v === 'number');
  return values.length === 0 ? undefined : values.reduce((sum, v) => sum + v, 0);
};

export const missingSections = (sections: readonly RecordedSection[]): string[] =>
  REQUIRED_SECTIONS.filter((name) => !sections.some((s) => s.section === name));

const table = (rows: readonly (readonly [string, string])[], head: readonly [string, string]): string[] => [
  `| ${head[0]} | ${head[1]} |`,
  '| --- | --- |',
  ...rows.map(([name, value]) => `| ${name} | ${value} |`),
];

export const renderReport = (sections: readonly RecordedSection[], command: string): string => {
  const ordered = [...sections].sort(
    (a, b) => REQUIRED_SECTIONS.indexOf(a.section) - REQUIRED_SECTIONS.indexOf(b.section),
  );
  const headline = HEADLINES.map((name) => [name, String(total(ordered, name) ?? 'not recorded')] as const);
  return [
    '# Reliability report',
    '',
    `Produced by \`${command}\`, which runs the \`reliability\` Jest project (test/reliability) on the`,
    'local cloud and writes this file from the figures each suite records after its assertions pass.',
    'Do not edit it by hand.',
    '',
    ...table(headline, ['Across all suites', 'Total']),
    '',
    ...ordered.flatMap((s) => [
      `## ${s.section}`,
      '',
      ...table(
        Object.entries(s.figures).map(([name, value]) => [name, String(value)] as const),
        ['Figure', 'Value'],
      ),
      '',
    ]),
  ].join('\n');
};
