import { argumentsOf } from './intrinsic-arguments.js';
import type { StackPlan, StackOutput } from './stack-plan.js';
import type { StackResolver } from './stack-resolver.js';
import { NoLocalValueError, StackTemplateError } from './stack-errors.js';
import type { CloudFormationTemplate, TemplateOutput } from './template-types.js';

type PlannedOutputs = Pick<StackPlan, 'outputs' | 'exports' | 'omittedOutputs'>;

const outputOf = (name: string, output: TemplateOutput, resolver: StackResolver): StackOutput => {
  const args = argumentsOf(resolver.context.stackName, `Output ${name}`);
  const exportName = output.Export && args.string(resolver.resolve(output.Export.Name));
  return {
    value: args.string(resolver.resolve(output.Value)),
    ...(output.Description !== undefined && { description: output.Description }),
    ...(exportName !== undefined && { exportName }),
  };
};

/**
 * The stack's Outputs and Exports. An output that needs a resource with no local counterpart
 * (the HttpApiUrl serverless writes) is omitted and listed with the reason; any other failure,
 * such as a missing import, fails the plan.
 * See https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/outputs-section-structure.html
 *
 * @internal
 */
export const planOutputs = (template: CloudFormationTemplate, resolver: StackResolver): PlannedOutputs => {
  const outputs: Record<string, StackOutput> = {};
  const exports: Record<string, string> = {};
  const omittedOutputs: { name: string; reason: string }[] = [];
  for (const [name, output] of Object.entries(template.Outputs ?? {})) {
    if (output.Condition !== undefined && !resolver.condition(output.Condition)) continue;
    try {
      const planned = outputOf(name, output, resolver);
      outputs[name] = planned;
      if (planned.exportName === undefined) continue;
      if (planned.exportName in exports) {
        throw new StackTemplateError(resolver.context.stackName, `export ${planned.exportName} is declared twice`);
      }
      exports[planned.exportName] = planned.value;
    } catch (error) {
      if (!(error instanceof NoLocalValueError)) throw error;
      omittedOutputs.push({ name, reason: error.message });
    }
  }
  return { outputs, exports, omittedOutputs };
};
