import { MissingStackInputError, StackTemplateError } from './stack-errors.js';

const DYNAMIC_REFERENCE = /\{\{resolve:([^:}]+):([^}]+)\}\}/g;

/** `name` or `name:version`; the local store keeps one version of each parameter. */
const parameterNameOf = (reference: string): string => reference.replace(/:\d+$/, '');

/**
 * Replaces `{{resolve:ssm:/name}}` dynamic references with the values earlier stacks declared.
 * `ssm-secure` and `secretsmanager` references have no local store and fail, naming the reference.
 * See https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html
 *
 * @internal
 */
export const resolveDynamicReferences = (
  stackName: string,
  text: string,
  ssmParameter: (name: string) => string,
): string =>
  text.replace(DYNAMIC_REFERENCE, (reference, service: string, key: string) => {
    if (service !== 'ssm') {
      throw new StackTemplateError(stackName, `${reference}: only {{resolve:ssm:…}} is supported locally`);
    }
    return ssmParameter(parameterNameOf(key));
  });

/** Reads the SSM store, failing with the stack and the missing name. */
export const ssmParameterReader =
  (stackName: string, parameters: Readonly<Record<string, string>>) =>
  (name: string): string => {
    const value = parameters[name];
    if (value === undefined) throw new MissingStackInputError(stackName, 'ssm-parameter', name);
    return value;
  };
