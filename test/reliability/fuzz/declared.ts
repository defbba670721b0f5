import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const services = fileURLToPath(new URL('../../../services', import.meta.url));
const serviceNames = () =>
  readdirSync(services, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

/**
 * Every route the services declare, as `<service> <METHOD> <path>`, read from each router's
 * `route('METHOD /path', ...)` calls: what the fuzz must cover, so a new route cannot go unfuzzed.
 */
export const declaredRoutes = (): string[] =>
  serviceNames()
    .flatMap((service) =>
      [
        ...readFileSync(join(services, service, 'src', 'router.ts'), 'utf8').matchAll(/route\(\s*'([A-Z]+ \/[^']*)'/g),
      ].map(([, key]) => `${service} ${key}`),
    )
    .sort();

/** Every receiver the services declare, as `<service> <name>`: one file each in src/receivers/. */
export const declaredReceivers = (): string[] =>
  serviceNames()
    .flatMap((service) =>
      readdirSync(join(services, service, 'src', 'receivers'))
        .filter((file) => file.endsWith('.ts'))
        .map((file) => `${service} ${file.replace(/\.ts$/, '')}`),
    )
    .sort();
