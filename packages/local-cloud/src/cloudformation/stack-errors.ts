/** A stack the local cloud could not plan or create, named so the developer knows which service to look at. */
export class StackError extends Error {
  override name = 'StackError';
  readonly stackName: string;

  constructor(stackName: string, message: string, options?: ErrorOptions) {
    super(`Stack "${stackName}": ${message}`, options);
    this.stackName = stackName;
  }
}

/** Creating a planned resource failed; `cause` is the SDK's error. */
export class StackApplyError extends StackError {
  override name = 'StackApplyError';
}

/**
 * A template the local cloud cannot turn into resources, named by its stack so a developer
 * running the whole system knows which service's `serverless.yml` to look at.
 *
 * @example
 * throw new StackTemplateError('orders', 'Fn::Select index 3 is out of range');
 */
export class StackTemplateError extends StackError {
  override name = 'StackTemplateError';
}

/** What a stack reads from stacks deployed before it. */
export type StackInputKind = 'export' | 'ssm-parameter';

const missingInputMessage = (kind: StackInputKind, name: string): string =>
  kind === 'export'
    ? `imports "${name}" (Fn::ImportValue), which no stack loaded so far exports: deploy/load the stack that exports it first`
    : `reads SSM parameter "${name}", which no stack loaded so far declares: deploy/load the stack that declares it first`;

/** A cross-stack reference to an export or SSM parameter that no earlier stack provided. */
export class MissingStackInputError extends StackTemplateError {
  override name = 'MissingStackInputError';
  readonly kind: StackInputKind;
  readonly missingName: string;

  constructor(stackName: string, kind: StackInputKind, missingName: string) {
    super(stackName, missingInputMessage(kind, missingName));
    this.kind = kind;
    this.missingName = missingName;
  }
}

/**
 * A Ref or Fn::GetAtt to a resource that has no local counterpart (an IAM role, an HTTP API, a
 * Lambda version). Outputs that need one are left out of the plan rather than given made-up values.
 */
export class NoLocalValueError extends StackTemplateError {
  override name = 'NoLocalValueError';
}
