import type { CloudFormationTemplate } from './template-types.js';

/** What a stack is planned from: its template, where it runs, and what earlier stacks provided. */
export interface StackInputs {
  /** The CloudFormation stack name serverless deploys to: `<service>-<stage>`. */
  readonly stackName: string;
  readonly template: CloudFormationTemplate;
  readonly region: string;
  readonly accountId: string;
  /** Exports of the stacks loaded before this one, by export name (for Fn::ImportValue). */
  readonly exports: Readonly<Record<string, string>>;
  /** SSM parameters that earlier stacks declared, by name (for `{{resolve:ssm:…}}` and SSM parameter types). */
  readonly parameters: Readonly<Record<string, string>>;
  /**
   * A queue's URL from its name, as the edge serves it (`http://127.0.0.1:4566/000000000000/<name>`):
   * Ref of a queue is its URL, which depends on where the edge listens.
   */
  readonly queueUrl: (queueName: string) => string;
}
