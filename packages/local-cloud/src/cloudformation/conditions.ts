import { argumentsOf } from './intrinsic-arguments.js';
import type { IntrinsicContext, Resolved } from './intrinsic-context.js';
import { resolveValue } from './intrinsic-functions.js';
import { StackTemplateError } from './stack-errors.js';
import type { JsonValue } from './template-types.js';
import { isJsonObject } from './template-types.js';

type ConditionFunction = (argument: JsonValue, evaluate: (expression: JsonValue) => boolean) => boolean;

const sameValue = (left: Resolved, right: Resolved): boolean => JSON.stringify(left) === JSON.stringify(right);

/**
 * Evaluates a condition of the template's `Conditions` section: Fn::Equals, Fn::Not, Fn::And,
 * Fn::Or and `{ Condition: name }`, nested to any depth.
 * See https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-conditions.html
 *
 * @internal
 */
export const evaluateCondition = (expression: JsonValue, context: IntrinsicContext): boolean => {
  const args = (fn: string) => argumentsOf(context.stackName, fn);
  const conditionFunctions: Readonly<Record<string, ConditionFunction>> = {
    'Fn::Equals': (argument) => {
      const [left, right] = args('Fn::Equals').pair(argument);
      return sameValue(resolveValue(left, context), resolveValue(right, context));
    },
    'Fn::Not': (argument, evaluate) => {
      const operands = args('Fn::Not').list(argument);
      const [operand] = operands;
      return operands.length === 1 && operand !== undefined
        ? !evaluate(operand)
        : args('Fn::Not').fail('one condition', argument);
    },
    'Fn::And': (argument, evaluate) => args('Fn::And').list(argument).every(evaluate),
    'Fn::Or': (argument, evaluate) => args('Fn::Or').list(argument).some(evaluate),
    Condition: (argument) => context.condition(args('Condition').string(argument)),
  };
  const evaluate = (nested: JsonValue): boolean => {
    const [entry, ...others] = isJsonObject(nested) ? Object.entries(nested) : [];
    const fn = entry && others.length === 0 ? conditionFunctions[entry[0]] : undefined;
    if (!fn || !entry) throw new StackTemplateError(context.stackName, `${JSON.stringify(nested)} is not a condition`);
    return fn(entry[1], evaluate);
  };
  return evaluate(expression);
};
