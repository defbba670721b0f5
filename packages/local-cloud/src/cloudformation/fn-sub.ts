import { argumentsOf } from './intrinsic-arguments.js';
import type { IntrinsicContext, Resolve, Resolved } from './intrinsic-context.js';
import type { JsonValue } from './template-types.js';
import { isJsonObject } from './template-types.js';

const PLACEHOLDER = /\$\{([^}]*)\}/g;

/**
 * `Fn::Sub` in both forms, `"text"` and `["text", { Var: value }]`. A placeholder is, in order, a
 * variable of the second form, `Logical.Attribute` (Fn::GetAtt), or a Ref to a resource, parameter
 * or pseudo parameter; `${!Literal}` writes `${Literal}`.
 * See https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-sub.html
 *
 * @internal
 */
export const fnSub = (argument: JsonValue, context: IntrinsicContext, resolve: Resolve): Resolved => {
  const args = argumentsOf(context.stackName, 'Fn::Sub');
  const [template, variables]: [JsonValue, JsonValue] = Array.isArray(argument) ? args.pair(argument) : [argument, {}];
  if (!isJsonObject(variables)) return args.fail('a map of variables', variables);
  const text = args.string(template);
  const valueOf = (name: string): JsonValue => {
    const variable = variables[name];
    if (variable !== undefined) return args.string(resolve(variable));
    const dot = name.indexOf('.');
    return dot > 0 ? context.getAtt(name.slice(0, dot), name.slice(dot + 1)) : context.ref(name);
  };
  const substituted = text.replace(PLACEHOLDER, (_match, name: string) =>
    name.startsWith('!') ? `\${${name.slice(1)}}` : args.string(valueOf(name.trim())),
  );
  return context.dynamicReferences(substituted);
};
