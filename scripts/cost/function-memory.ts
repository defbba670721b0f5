import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Template {
  Resources?: Record<string, { Type?: string; Properties?: { FunctionName?: string; MemorySize?: number } }>;
}

/** The resources of the template `sls package` wrote for a service. */
const resourcesOf = (root: string, service: string) => {
  const file = join(root, 'services', service, '.serverless', 'cloudformation-template-update-stack.json');
  return Object.values((JSON.parse(readFileSync(file, 'utf8')) as Template).Resources ?? {});
};

/**
 * Each function's memory in MB, read from the packaged templates of `stage` (the configuration
 * Lambda bills GB-s by), keyed `<service>/<functionKey>`.
 */
export const functionMemory = (root: string, services: readonly string[], stage: string): Map<string, number> => {
  const memory = new Map<string, number>();
  for (const service of services) {
    const prefix = `${service}-${stage}-`;
    for (const { Type, Properties = {} } of resourcesOf(root, service)) {
      const { FunctionName, MemorySize } = Properties;
      // 128 MB is Lambda's default when a template names none.
      if (Type === 'AWS::Lambda::Function' && FunctionName?.startsWith(prefix)) {
        memory.set(`${service}/${FunctionName.slice(prefix.length)}`, MemorySize ?? 128);
      }
    }
  }
  return memory;
};

/** Event source mappings over every template: each is a queue Lambda long-polls around the clock. */
export const eventSourceMappings = (root: string, services: readonly string[]): number =>
  services
    .flatMap((service) => resourcesOf(root, service))
    .filter(({ Type }) => Type === 'AWS::Lambda::EventSourceMapping').length;
