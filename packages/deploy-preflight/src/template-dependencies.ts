/** Any value of a CloudFormation template, as JSON. */
export type TemplateValue =
  string | number | boolean | null | readonly TemplateValue[] | { readonly [key: string]: TemplateValue };

/** What a template needs to exist before CloudFormation can create or update its stack. */
export interface TemplateDependencies {
  /** SSM parameter names read by `{{resolve:ssm:…}}` or `{{resolve:ssm-secure:…}}`, sorted, once each. */
  readonly ssmParameters: readonly string[];
  /** Export names read by `Fn::ImportValue` with a literal name, sorted, once each. */
  readonly imports: readonly string[];
}

// `{{resolve:ssm:name}}`, `{{resolve:ssm:name:version}}` and the same with `ssm-secure`: a missing
// SecureString fails the deploy just the same.
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-ssm.html
const SSM_REFERENCE = /\{\{resolve:ssm(?:-secure)?:([^}]+)\}\}/g;

/**
 * The parameter a reference names. A plain name cannot contain `:` (SSM allows letters, digits and
 * `_.-/`), so anything after one is a version or label. A shared parameter is named by its ARN,
 * which is kept whole: GetParameters accepts ARNs.
 */
const parameterNameOf = (key: string): string => (key.startsWith('arn:') ? key : (key.split(':')[0] ?? key));

const isObject = (value: TemplateValue): value is { readonly [key: string]: TemplateValue } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const walk = (value: TemplateValue, found: { ssm: Set<string>; imports: Set<string> }): void => {
  if (typeof value === 'string') {
    for (const [, key] of value.matchAll(SSM_REFERENCE)) if (key) found.ssm.add(parameterNameOf(key));
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value as readonly TemplateValue[]) walk(item, found);
    return;
  }
  if (!isObject(value)) return;
  for (const [key, item] of Object.entries(value)) {
    // A computed name (Fn::Sub, Fn::Join) is not knowable before CloudFormation resolves it.
    if (key === 'Fn::ImportValue' && typeof item === 'string') found.imports.add(item);
    walk(item, found);
  }
};

/**
 * Every SSM parameter and export a compiled template reads, wherever it appears (function
 * environments, resource properties, Fn::Join and Fn::Sub arguments, outputs).
 *
 * @example
 * const { ssmParameters } = templateDependencies(serverless.service.provider.compiledCloudFormationTemplate);
 * // ['/commerce/dev/platform/event-bus-name', ...]
 */
export const templateDependencies = (template: TemplateValue): TemplateDependencies => {
  const found = { ssm: new Set<string>(), imports: new Set<string>() };
  walk(template, found);
  return { ssmParameters: [...found.ssm].sort(), imports: [...found.imports].sort() };
};
