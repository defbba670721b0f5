import { HEADLINES, missingSections, renderReport, REQUIRED_SECTIONS } from '../scripts/reliability/render-report.js';

const section = (name: string, figures: Record<string, number | string>) => ({
  section: name,
  recordedAt: '2026-11-23T10:00:00.000Z',
  figures,
});

describe('the reliability report', () => {
  it('totals each headline figure across the suites that record it', () => {
    const report = renderReport(
      [
        section('load', { 'orders lost': 0, '5xx seen': 2, 'saga latency p95': '7838 ms' }),
        section('faults', { 'faults survived': 3, 'orders lost': 1 }),
      ],
      'pnpm reliability:report',
    );

    expect(report).toContain('| faults survived | 3 |');
    expect(report).toContain('| orders lost | 1 |');
    expect(report).toContain('| 5xx seen | 2 |');
    expect(report).toContain('| inputs tried | not recorded |');
    // Suites in the order the report lists them, whatever order their files were read in.
    expect(report.indexOf('## faults')).toBeLessThan(report.indexOf('## load'));
    expect(report).toContain('| saga latency p95 | 7838 ms |');
  });

  it('names the suites that recorded nothing', () => {
    expect(missingSections([section('load', {})])).toEqual(REQUIRED_SECTIONS.filter((name) => name !== 'load'));
    expect(HEADLINES).toContain('orders lost');
  });
});
