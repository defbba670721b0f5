import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface ServiceFolder {
  /** The folder name under services/, which is also the service's `service:` name. */
  name: string;
  dir: string;
}

/** Every folder under `<root>/services` with a serverless.yml, in name order. */
export const discoverServices = (root: string): ServiceFolder[] => {
  const servicesDir = join(root, 'services');
  if (!existsSync(servicesDir)) return [];
  return readdirSync(servicesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(servicesDir, entry.name, 'serverless.yml')))
    .map((entry) => ({ name: entry.name, dir: join(servicesDir, entry.name) }))
    .sort((a, b) => a.name.localeCompare(b.name));
};

/** The services `--only` names, refusing a name that is not a service so a typo is not silently ignored. */
export const selectServices = (all: readonly ServiceFolder[], only: readonly string[] | undefined): ServiceFolder[] => {
  if (!only || only.length === 0) return [...all];
  const unknown = only.filter((name) => !all.some((service) => service.name === name));
  if (unknown.length > 0) {
    throw new Error(`No service named ${unknown.join(', ')}; the services are ${all.map((s) => s.name).join(', ')}`);
  }
  return all.filter((service) => only.includes(service.name));
};
