import { readFileSync } from 'node:fs';

interface CpuTimes {
  busy: number;
  total: number;
}

/** The machine's CPU time so far, from /proc/stat (Linux): all cores, busy and in total. */
const cpuTimes = (): CpuTimes | undefined => {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal: idle and iowait are the time nothing ran.
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    const total = fields.slice(0, 8).reduce((sum, value) => sum + value, 0);
    return { busy: total - idle, total };
  } catch {
    return undefined;
  }
};

/**
 * Starts a measurement of how busy the machine's cores are; the function it returns gives the
 * share (0-1) of all cores' time spent running anything since, or undefined off Linux. Everything
 * on the machine counts, the bench itself included: it is a ceiling, not an attribution.
 */
export const measureCpuBusy = (): (() => number | undefined) => {
  const start = cpuTimes();
  return () => {
    const end = cpuTimes();
    if (!start || !end || end.total === start.total) return undefined;
    return (end.busy - start.busy) / (end.total - start.total);
  };
};
