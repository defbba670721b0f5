import { evaluateCondition } from './conditions.js';
import { resolveDynamicReferences, ssmParameterReader } from './dynamic-references.js';
import type { IntrinsicContext, Resolved } from './intrinsic-context.js';
import { NO_VALUE } from './intrinsic-context.js';
import { resolveValue } from './intrinsic-functions.js';
import { resourceKinds, type ResourceIdentity } from './resource-kinds.js';
import type { StackInputs } from './stack-inputs.js';
import { MissingStackInputError, NoLocalValueError, StackTemplateError } from './stack-errors.js';
import { pseudoParameters, templateParameterValues } from './template-parameters.js';
import type { JsonValue } from './template-types.js';
import { isJsonObject } from './template-types.js';

/** @internal */
export interface StackResolver {
  readonly context: IntrinsicContext;
  resolve(value: JsonValue): Resolved;
  /** False when the resource's Condition does not hold, so it is not created. */
  exists(logicalId: string): boolean;
  condition(name: string): boolean;
  identity(logicalId: string): ResourceIdentity;
}

/** Evaluates each named value once, and refuses one that depends on itself. */
const memoised = <T>(stackName: string, what: string, compute: (name: string) => T) => {
  const values = new Map<string, T>();
  const inProgress = new Set<string>();
  return (name: string): T => {
    if (values.has(name)) return values.get(name) as T;
    if (inProgress.has(name)) throw new StackTemplateError(stackName, `${what} ${name} depends on itself`);
    inProgress.add(name);
    try {
      const value = compute(name);
      values.set(name, value);
      return value;
    } finally {
      inProgress.delete(name);
    }
  };
};

/**
 * Resolves values against one stack: its resources' Ref and Fn::GetAtt, its parameters and
 * conditions, the pseudo parameters, and the exports and SSM parameters of earlier stacks.
 * A resource without a declared name gets `<stack>-<LogicalId>`: CloudFormation appends a random
 * suffix, which would change on every local start.
 *
 * @internal
 */
export const createStackResolver = (inputs: StackInputs): StackResolver => {
  const { stackName, template } = inputs;
  const ssmParameter = ssmParameterReader(stackName, inputs.parameters);
  const pseudo: Readonly<Record<string, JsonValue>> = pseudoParameters(inputs);
  const parameters = templateParameterValues(stackName, template, ssmParameter);
  const fail = (message: string): never => {
    throw new StackTemplateError(stackName, message);
  };
  const resourceOf = (logicalId: string) => template.Resources[logicalId] ?? fail(`no resource named ${logicalId}`);
  const resolve = (value: JsonValue): Resolved => resolveValue(value, context);
  const property = (logicalId: string, key: string): JsonValue | undefined => {
    const value = resourceOf(logicalId).Properties?.[key];
    const resolved = value === undefined ? undefined : resolve(value);
    return resolved === NO_VALUE ? undefined : resolved;
  };

  const condition = memoised(stackName, 'condition', (name) =>
    evaluateCondition(template.Conditions?.[name] ?? fail(`no condition named ${name}`), context),
  );
  const exists = (logicalId: string): boolean => {
    const name = resourceOf(logicalId).Condition;
    return name === undefined || condition(name);
  };
  const physicalName = memoised(stackName, 'the name of', (logicalId) => {
    const { Type } = resourceOf(logicalId);
    const declared = property(logicalId, resourceKinds[Type]?.nameProperty ?? '');
    if (declared !== undefined) return String(declared);
    const fifo = Type === 'AWS::SQS::Queue' && String(property(logicalId, 'FifoQueue')) === 'true';
    return `${stackName}-${logicalId}${fifo ? '.fifo' : ''}`;
  });
  const identity = (logicalId: string): ResourceIdentity => ({
    ...inputs,
    logicalId,
    get name() {
      return physicalName(logicalId);
    },
    property: (key) => property(logicalId, key),
  });
  const kindOf = (logicalId: string, use: string) => {
    const { Type, Condition } = resourceOf(logicalId);
    if (!exists(logicalId)) fail(`${use} ${logicalId}, which is not created: its condition ${Condition} is false`);
    const kind = resourceKinds[Type];
    if (!kind) throw new NoLocalValueError(stackName, `${use} ${logicalId} (${Type}), which has no local counterpart`);
    return kind;
  };

  const context: IntrinsicContext = {
    stackName,
    ref: (name) => pseudo[name] ?? parameters.get(name) ?? kindOf(name, 'Ref to').ref(identity(name)),
    getAtt: (logicalId, attribute) => {
      const read = kindOf(logicalId, `Fn::GetAtt ${attribute} of`).attributes[attribute];
      if (!read)
        throw new NoLocalValueError(stackName, `Fn::GetAtt ${logicalId}.${attribute} is not supported locally`);
      return read(identity(logicalId));
    },
    condition,
    importValue: (name) => {
      const value = inputs.exports[name];
      if (value === undefined) throw new MissingStackInputError(stackName, 'export', name);
      return value;
    },
    findInMap: (keys) => {
      const value = keys.reduce<JsonValue | undefined>((map, key) => (isJsonObject(map) ? map[key] : undefined), {
        ...template.Mappings,
      });
      return value ?? fail(`Fn::FindInMap ${keys.join('.')} is not in the Mappings`);
    },
    dynamicReferences: (text) => resolveDynamicReferences(stackName, text, ssmParameter),
  };
  return { context, resolve, exists, condition, identity };
};
