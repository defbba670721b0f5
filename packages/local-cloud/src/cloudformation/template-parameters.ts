import { StackTemplateError } from './stack-errors.js';
import type { CloudFormationTemplate, JsonValue } from './template-types.js';

export interface PseudoParameterInputs {
  readonly stackName: string;
  readonly region: string;
  readonly accountId: string;
}

/**
 * The pseudo parameters a template may Ref (AWS::NoValue is handled by the resolver).
 * See https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/pseudo-parameter-reference.html
 *
 * @internal
 */
export const pseudoParameters = ({ stackName, region, accountId }: PseudoParameterInputs): Record<string, string> => ({
  'AWS::Region': region,
  'AWS::AccountId': accountId,
  'AWS::Partition': 'aws',
  'AWS::StackName': stackName,
  'AWS::StackId': `arn:aws:cloudformation:${region}:${accountId}:stack/${stackName}/local`,
  'AWS::URLSuffix': 'amazonaws.com',
});

// AWS::SSM::Parameter::Value<String>, <List<String>>, <CommaDelimitedList>, <AWS::EC2::…>.
const SSM_PARAMETER_TYPE = /^AWS::SSM::Parameter::Value<(.+)>$/;
const isListType = (type: string): boolean => /^(List<.+>|CommaDelimitedList)$/.test(type);

/**
 * The value of each template parameter. `sls deploy` passes no parameter values, so each comes
 * from its Default; for SSM parameter types the Default names the parameter, read from the SSM
 * store of earlier stacks. List types resolve to lists, split on commas.
 * See https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html
 *
 * @internal
 */
export const templateParameterValues = (
  stackName: string,
  template: CloudFormationTemplate,
  ssmParameter: (name: string) => string,
): Map<string, JsonValue> => {
  const values = new Map<string, JsonValue>();
  for (const [name, { Type, Default }] of Object.entries(template.Parameters ?? {})) {
    if (Default === undefined) {
      throw new StackTemplateError(stackName, `parameter ${name} has no Default, and no value is passed locally`);
    }
    const ssmType = SSM_PARAMETER_TYPE.exec(Type)?.[1];
    const text = ssmType === undefined ? Default : ssmParameter(String(Default));
    values.set(name, isListType(ssmType ?? Type) && typeof text === 'string' ? text.split(',') : text);
  }
  return values;
};
