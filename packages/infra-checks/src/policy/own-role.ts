import type { StackCheck } from '../check.js';
import { asList, referenceOf, resourceById, resourcesOfType } from '../template.js';

/**
 * One role per function: a function's rights are then exactly what its own role grants, and a
 * receiver that only reads a queue cannot, say, publish. (Serverless's default shared role,
 * `IamRoleLambdaExecution`, is what a function without `role:` gets.)
 */
export const ownRole: StackCheck = {
  name: 'own-role',
  rule: 'Every function has its own IAM role, defined in its stack, with no AWS managed policies.',
  run: ({ template }) => {
    const functions = resourcesOfType(template, 'AWS::Lambda::Function');
    const usersOf = new Map<string, string[]>();
    const findings = functions.flatMap((fn) => {
      const role = resourceById(template, referenceOf(fn.properties['Role'])?.logicalId);
      if (role?.type !== 'AWS::IAM::Role') {
        return [
          { resource: fn.logicalId, message: 'its Role is not an AWS::IAM::Role of this stack: give it `role:`' },
        ];
      }
      usersOf.set(role.logicalId, [...(usersOf.get(role.logicalId) ?? []), fn.logicalId]);
      return asList(role.properties['ManagedPolicyArns']).length > 0
        ? [
            {
              resource: role.logicalId,
              message: 'attaches managed policies, whose rights this check cannot bound: write the statements inline',
            },
          ]
        : [];
    });
    const shared = [...usersOf].filter(([, users]) => users.length > 1);
    return [
      ...findings,
      ...shared.map(([role, users]) => ({
        resource: role,
        message: `is shared by ${users.join(', ')}: each function needs its own role`,
      })),
    ];
  },
};
