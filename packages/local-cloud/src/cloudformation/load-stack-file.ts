import { readFile } from 'node:fs/promises';
import type { CloudFormationTemplate } from './template-types.js';

const isTemplate = (value: unknown): value is CloudFormationTemplate =>
  typeof value === 'object' &&
  value !== null &&
  'Resources' in value &&
  typeof value.Resources === 'object' &&
  value.Resources !== null;

/**
 * Reads the template `sls package` writes to `.serverless/cloudformation-template-update-stack.json`.
 *
 * @example
 * const template = await loadStackFile('services/orders/.serverless/cloudformation-template-update-stack.json');
 */
export const loadStackFile = async (path: string): Promise<CloudFormationTemplate> => {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    // Checked by shape, not `instanceof Error`: Node's fs errors may come from another realm (Jest's VM).
    const notFound = typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
    if (!notFound) throw error;
    throw new Error(`No packaged template at ${path}: run sls package first`, { cause: error });
  }
  let template: unknown;
  try {
    template = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path} is not JSON: run sls package again`, { cause: error });
  }
  if (!isTemplate(template)) throw new Error(`${path} is not a CloudFormation template: it has no Resources`);
  return template;
};
