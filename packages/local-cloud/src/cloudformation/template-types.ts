/** A JSON value as a template holds it, before or after its intrinsic functions are resolved. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export type JsonObject = { [key: string]: JsonValue };

export interface TemplateResource {
  readonly Type: string;
  readonly Properties?: JsonObject;
  /** The name of a template condition: the resource exists only when it holds. */
  readonly Condition?: string;
}

export interface TemplateParameter {
  readonly Type: string;
  readonly Default?: JsonValue;
}

export interface TemplateOutput {
  readonly Value: JsonValue;
  readonly Description?: string;
  readonly Condition?: string;
  readonly Export?: { readonly Name: JsonValue };
}

/**
 * The parts of a CloudFormation template the local cloud reads, as `sls package` writes them to
 * `.serverless/cloudformation-template-update-stack.json`.
 * See https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-anatomy.html
 */
export interface CloudFormationTemplate {
  readonly Resources: Readonly<Record<string, TemplateResource>>;
  readonly Parameters?: Readonly<Record<string, TemplateParameter>>;
  readonly Conditions?: Readonly<Record<string, JsonValue>>;
  readonly Mappings?: Readonly<Record<string, Readonly<Record<string, JsonObject>>>>;
  readonly Outputs?: Readonly<Record<string, TemplateOutput>>;
}

export const isJsonObject = (value: JsonValue | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
