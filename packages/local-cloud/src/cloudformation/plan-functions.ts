import type { ResourcePlanner } from './resource-planner.js';

/**
 * A function's name and ARN, so event source mappings and rule targets can name it, and its
 * environment as CloudFormation would resolve it, for `sls offline`, which cannot.
 */
export const planFunction: ResourcePlanner = (fn) => ({
  functions: [
    {
      logicalId: fn.logicalId,
      name: fn.name,
      arn: fn.getAtt('Arn'),
      environment: fn.fields.optionalObject('Environment')?.optionalStringMap('Variables') ?? {},
    },
  ],
});

/** A parameter later stacks may read with `{{resolve:ssm:…}}`; a StringList's value is already comma-joined. */
export const planSsmParameter: ResourcePlanner = (parameter) => ({
  ssmParameters: { [parameter.name]: parameter.fields.string('Value') },
});
