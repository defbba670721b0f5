import type { SSMClient } from '@aws-sdk/client-ssm';
import { MissingParametersError } from './errors.js';
import { missingParametersMessage, type DeployDestination } from './report.js';
import { missingSsmParameters } from './ssm-parameters.js';
import { templateDependencies, type TemplateValue } from './template-dependencies.js';

export interface PreflightInput extends DeployDestination {
  /** The compiled template (`serverless.service.provider.compiledCloudFormationTemplate`). */
  readonly template: TemplateValue;
  /**
   * Parameters the functions read at run time, which the template does not name (payments'
   * provider API key): `custom.deployPreflight.ssmParameters` in serverless.yml.
   */
  readonly runtimeParameters?: readonly string[];
  readonly ssm: SSMClient;
}

export interface PreflightResult {
  /** Every SSM parameter checked, and found. */
  readonly parameters: readonly string[];
  /** Exports the template imports; not checked (no stack of this repository imports any yet). */
  readonly uncheckedImports: readonly string[];
}

/**
 * Checks, before CloudFormation is asked to do anything, that every SSM parameter the stack needs
 * exists, and throws one {@link MissingParametersError} naming all that do not and who publishes
 * each. CloudFormation would otherwise fail on the first one only, after the upload, mid-changeset.
 *
 * @example
 * await checkDeployDependencies({ service: 'orders', stage: 'dev', region: 'us-east-1', template, ssm });
 */
export const checkDeployDependencies = async (input: PreflightInput): Promise<PreflightResult> => {
  const { ssmParameters, imports } = templateDependencies(input.template);
  const parameters = [...new Set([...ssmParameters, ...(input.runtimeParameters ?? [])])].sort();
  const missing = await missingSsmParameters(input.ssm, parameters);
  if (missing.length > 0) throw new MissingParametersError(missing, missingParametersMessage(missing, input));
  return { parameters, uncheckedImports: imports };
};
