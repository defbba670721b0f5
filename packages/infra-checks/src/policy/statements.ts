import { escapeRegExp } from '@commerce/local-cloud/tooling';
import { asList, isObject, resourcesOfType, type Json, type Template } from '../template.js';

/** One statement of an identity policy, with the role or policy that holds it. */
export interface PolicyStatement {
  /** `RouterRole`, or `RouterRole (Sid PublishOnOwnTopic)` when the statement has a Sid. */
  readonly where: string;
  readonly owner: string;
  readonly allows: boolean;
  readonly actions: readonly string[];
  readonly resources: readonly Json[];
  /** NotAction / NotResource: grants everything but a list, which no check can bound. */
  readonly negated: boolean;
  readonly condition: { readonly [key: string]: Json } | undefined;
}

const documentsOf = (template: Template): { owner: string; document: Json | undefined }[] => [
  ...resourcesOfType(template, 'AWS::IAM::Role').flatMap((role) =>
    asList(role.properties['Policies']).map((policy) => ({
      owner: role.logicalId,
      document: isObject(policy) ? policy['PolicyDocument'] : undefined,
    })),
  ),
  ...['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy'].flatMap((type) =>
    resourcesOfType(template, type).map((policy) => ({
      owner: policy.logicalId,
      document: policy.properties['PolicyDocument'],
    })),
  ),
];

/** Every statement of every identity policy in the template (roles' inline policies and policy resources). */
export const policyStatementsOf = (template: Template): PolicyStatement[] =>
  documentsOf(template).flatMap(({ owner, document }) =>
    asList(isObject(document) ? document['Statement'] : undefined)
      .filter(isObject)
      .map((statement) => {
        const sid = statement['Sid'];
        return {
          where: typeof sid === 'string' ? `${owner} (Sid ${sid})` : owner,
          owner,
          allows: statement['Effect'] === 'Allow',
          actions: asList(statement['Action'] ?? statement['NotAction']).filter(
            (a): a is string => typeof a === 'string',
          ),
          resources: asList(statement['Resource'] ?? statement['NotResource']),
          negated: 'NotAction' in statement || 'NotResource' in statement,
          condition: isObject(statement['Condition']) ? statement['Condition'] : undefined,
        };
      }),
  );

/** Whether a statement's action list grants an action, as IAM reads it (case-insensitive, `*` wildcards). */
export const grants = (statement: PolicyStatement, action: string): boolean =>
  statement.allows &&
  statement.actions.some((pattern) =>
    new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`, 'i').test(action),
  );
