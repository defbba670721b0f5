import { fnSub } from './fn-sub.js';
import { argumentsOf } from './intrinsic-arguments.js';
import type { IntrinsicContext, Resolve, Resolved } from './intrinsic-context.js';
import { NO_VALUE } from './intrinsic-context.js';
import { StackTemplateError } from './stack-errors.js';
import type { JsonObject, JsonValue } from './template-types.js';

type IntrinsicFunction = (argument: JsonValue, context: IntrinsicContext, resolve: Resolve) => Resolved;

const getAttArguments = (argument: JsonValue, context: IntrinsicContext, resolve: Resolve): [string, string] => {
  const args = argumentsOf(context.stackName, 'Fn::GetAtt');
  if (typeof argument === 'string') {
    const dot = argument.indexOf('.');
    return dot > 0 ? [argument.slice(0, dot), argument.slice(dot + 1)] : args.fail('"Logical.Attribute"', argument);
  }
  const [logicalId, attribute] = args.pair(argument);
  return [args.string(logicalId), args.string(resolve(attribute))];
};

/**
 * The intrinsic functions a packaged serverless template uses, by key.
 * See https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html
 */
const intrinsicFunctions: Readonly<Record<string, IntrinsicFunction>> = {
  Ref: (argument, context) => {
    const name = argumentsOf(context.stackName, 'Ref').string(argument);
    return name === 'AWS::NoValue' ? NO_VALUE : context.ref(name);
  },
  'Fn::GetAtt': (argument, context, resolve) => context.getAtt(...getAttArguments(argument, context, resolve)),
  'Fn::Sub': fnSub,
  'Fn::Join': (argument, context, resolve) => {
    const args = argumentsOf(context.stackName, 'Fn::Join');
    const [delimiter, values] = args.pair(argument);
    const parts = args.list(resolve(values)).map((part) => args.string(part));
    return context.dynamicReferences(parts.join(args.string(delimiter)));
  },
  'Fn::Select': (argument, context, resolve) => {
    const args = argumentsOf(context.stackName, 'Fn::Select');
    const [index, values] = args.pair(argument);
    const list = args.list(resolve(values));
    const selected = list[args.integer(resolve(index))];
    return selected === undefined ? args.fail(`an index within ${list.length} values`, index) : selected;
  },
  'Fn::Split': (argument, context, resolve) => {
    const args = argumentsOf(context.stackName, 'Fn::Split');
    const [delimiter, source] = args.pair(argument);
    return args.string(resolve(source)).split(args.string(delimiter));
  },
  'Fn::If': (argument, context, resolve) => {
    const args = argumentsOf(context.stackName, 'Fn::If');
    const [condition, whenTrue, whenFalse] = args.triple(argument);
    return resolve(context.condition(args.string(condition)) ? whenTrue : whenFalse);
  },
  'Fn::ImportValue': (argument, context, resolve) =>
    context.importValue(argumentsOf(context.stackName, 'Fn::ImportValue').string(resolve(argument))),
  'Fn::FindInMap': (argument, context, resolve) => {
    const args = argumentsOf(context.stackName, 'Fn::FindInMap');
    return context.findInMap(args.triple(argument).map((key) => args.string(resolve(key))));
  },
  'Fn::Base64': (argument, context, resolve) =>
    Buffer.from(argumentsOf(context.stackName, 'Fn::Base64').string(resolve(argument))).toString('base64'),
};

const intrinsicOf = (value: JsonObject): [IntrinsicFunction, JsonValue] | undefined => {
  const entries = Object.entries(value);
  const [entry] = entries;
  const fn = entries.length === 1 && entry ? intrinsicFunctions[entry[0]] : undefined;
  return fn && entry ? [fn, entry[1]] : undefined;
};

/**
 * Resolves every intrinsic function and dynamic reference in a template value. Properties and
 * list items that resolve to `AWS::NoValue` are removed. Functions with no local meaning
 * (Fn::GetAZs, Fn::Cidr, Fn::Transform…) fail rather than pass through unresolved.
 *
 * @internal
 */
export const resolveValue = (value: JsonValue, context: IntrinsicContext): Resolved => {
  const resolve: Resolve = (nested) => resolveValue(nested, context);
  if (typeof value === 'string') return context.dynamicReferences(value);
  if (Array.isArray(value)) return value.map(resolve).filter((item): item is JsonValue => item !== NO_VALUE);
  if (value === null || typeof value !== 'object') return value;
  const intrinsic = intrinsicOf(value);
  if (intrinsic) return intrinsic[0](intrinsic[1], context, resolve);
  const unsupported = Object.keys(value).find((key) => key.startsWith('Fn::'));
  if (unsupported) throw new StackTemplateError(context.stackName, `${unsupported} is not supported locally`);
  const entries = Object.entries(value).map(([key, nested]) => [key, resolve(nested)] as const);
  return Object.fromEntries(entries.filter((entry): entry is [string, JsonValue] => entry[1] !== NO_VALUE));
};
