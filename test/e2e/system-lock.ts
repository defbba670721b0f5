import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, and belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const ownerOf = (lockFile: string): number => {
  try {
    return Number(readFileSync(lockFile, 'utf8')) || 0;
  } catch {
    return 0;
  }
};

/**
 * Waits until this process alone may run a saga system in this checkout, and resolves to the
 * function that lets the next one. Every system packages the same services' folders and writes
 * their `.serverless/local-environment.json`, so two at once (Jest runs test files in parallel
 * workers where it has cores to spare) would overwrite each other's. The lock is a file created
 * with O_EXCL holding the owner's pid; one whose owner has died (a killed worker) is taken over.
 */
export const lockSagaSystem = async (lockFile: string, waitMs = 900_000): Promise<() => void> => {
  mkdirSync(dirname(lockFile), { recursive: true });
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = ownerOf(lockFile);
    // An empty file is a lock being written this instant: wait for its pid like any other.
    if (owner > 0 && !isAlive(owner)) rmSync(lockFile, { force: true });
    else if (Date.now() > deadline) throw new Error(`${lockFile} still held by pid ${owner} after ${waitMs} ms`);
    else await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
};
