import type { ChildProcess } from 'node:child_process';

const running = new Set<ChildProcess>();

const signalGroup = (child: ChildProcess, signal: NodeJS.Signals): void => {
  try {
    // A negative pid signals the whole group the child leads (it was spawned detached).
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
};

// If the runner dies without stopping its children, take them along rather than leave ports held.
process.once('exit', () => running.forEach((child) => signalGroup(child, 'SIGKILL')));

/** Tracks a detached child so it is stopped with the runner whatever happens. */
export const track = (child: ChildProcess): ChildProcess => {
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
};

/** SIGTERM to the child's group, SIGKILL if it has not exited after `graceMs`. */
export const stopGroup = async (child: ChildProcess, graceMs = 5000): Promise<void> => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signalGroup(child, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
};
