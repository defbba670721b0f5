/**
 * Which names `pnpm new:service` accepts: a name becomes the folder, the package
 * (`@commerce/<name>`), the workflow file, the catalog's service name, the `commerce.<name>` event
 * source, the `/commerce/<stage>/<name>/` SSM prefix and the first segment of every physical name
 * its stack sets, so it must be valid, and free, in all of those at once.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Lower-case kebab: letters and digits in words joined by single hyphens, starting with a letter. */
const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Lambda function names are `<service>-<stage>-<function>` and at most 64 characters (EventBridge
 * rule names too); 32 leaves room for the scaffold's `recordOrder` and a stage name of 16.
 * https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html#lambda-CreateFunction-request-FunctionName
 */
export const MAX_NAME_LENGTH = 32;

/** Names that are no service's to take, and why. */
export const RESERVED_NAMES: Readonly<Record<string, string>> = {
  auth: "/commerce/<stage>/auth/ holds the identity provider's parameters (packages/infra-checks/src/agreements.ts)",
  commerce: "it is the workspace root package's name and the prefix of every shared SSM parameter and export",
};

export interface Workspace {
  readonly root: string;
  /** The catalog's services (`SERVICES` of @commerce/contracts). */
  readonly catalogServices: readonly string[];
}

/** Why `name` cannot be a new service, or undefined when it can. */
export const nameProblem = (name: string, { root, catalogServices }: Workspace): string | undefined => {
  if (!KEBAB.test(name)) {
    return `"${name}" is not a lower-case kebab name (letters and digits, words joined by single hyphens, starting with a letter), e.g. "loyalty" or "gift-cards"`;
  }
  if (name.length > MAX_NAME_LENGTH) {
    return `"${name}" is ${name.length} characters long; at most ${MAX_NAME_LENGTH}, so its Lambda function and rule names stay within AWS's 64`;
  }
  const reserved = RESERVED_NAMES[name];
  if (reserved) return `"${name}" is reserved: ${reserved}`;
  const taken = [
    [`services/${name}`, 'a service'],
    [`packages/${name}`, "a package (services and packages share workflow names and 'pnpm ci:service' names)"],
    [`.github/workflows/${name}.yml`, 'a workflow'],
  ].find(([path]) => existsSync(join(root, path!)));
  if (taken) return `"${name}" is taken: ${taken[0]} exists (${taken[1]}); refusing to overwrite it`;
  if (catalogServices.includes(name)) {
    return `"${name}" is already a service in the catalog (packages/contracts/src/catalog/services.ts) without a folder under services/`;
  }
  return undefined;
};
