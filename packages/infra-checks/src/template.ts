import type { ServiceName } from '@commerce/contracts/catalog';

/** A JSON value as `sls package` writes it into the CloudFormation template. */
export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

export interface TemplateResource {
  readonly Type: string;
  readonly Properties?: { readonly [key: string]: Json };
}

export interface Template {
  readonly Resources: { readonly [logicalId: string]: TemplateResource };
}

/** One service's packaged template for one stage: what every check reads. */
export interface Stack {
  readonly service: ServiceName;
  readonly stage: string;
  readonly template: Template;
}

/** A resource with its logical id, and its properties (never undefined, for easy reading). */
export interface NamedResource {
  readonly logicalId: string;
  readonly type: string;
  readonly properties: { readonly [key: string]: Json };
}

export const isObject = (value: Json | undefined): value is { readonly [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A property that may be one value or a list of them (IAM's Action and Resource), as a list. */
export const asList = (value: Json | undefined): readonly Json[] =>
  value === undefined ? [] : Array.isArray(value) ? (value as readonly Json[]) : [value as Json];

export const resourcesOfType = (template: Template, type: string): NamedResource[] =>
  Object.entries(template.Resources)
    .filter(([, resource]) => resource.Type === type)
    .map(([logicalId, resource]) => ({ logicalId, type: resource.Type, properties: resource.Properties ?? {} }));

export const resourceById = (template: Template, logicalId: string | undefined): NamedResource | undefined => {
  const resource = logicalId === undefined ? undefined : template.Resources[logicalId];
  return resource && logicalId !== undefined
    ? { logicalId, type: resource.Type, properties: resource.Properties ?? {} }
    : undefined;
};

/**
 * The logical id a value points at when it is `{ Ref: X }` or `{ Fn::GetAtt: [X, attribute] }`
 * (or its `X.attribute` string form), with the attribute; otherwise undefined.
 */
export const referenceOf = (value: Json | undefined): { logicalId: string; attribute?: string } | undefined => {
  if (!isObject(value)) return undefined;
  const ref = value['Ref'];
  if (typeof ref === 'string') return { logicalId: ref };
  const getAtt = value['Fn::GetAtt'];
  if (typeof getAtt === 'string') {
    const [logicalId = '', ...attribute] = getAtt.split('.');
    return { logicalId, attribute: attribute.join('.') };
  }
  if (Array.isArray(getAtt) && typeof getAtt[0] === 'string' && typeof getAtt[1] === 'string') {
    return { logicalId: getAtt[0], attribute: getAtt[1] };
  }
  return undefined;
};

/** Every logical id a value points at through Ref or Fn::GetAtt, however deep (inside Fn::Join, Fn::Sub lists…). */
export const referencedIdsIn = (value: Json | undefined): string[] => {
  const direct = referenceOf(value);
  if (direct) return [direct.logicalId];
  if (Array.isArray(value)) return (value as readonly Json[]).flatMap(referencedIdsIn);
  if (isObject(value)) return Object.values(value).flatMap(referencedIdsIn);
  return [];
};

/** Every string anywhere in a value: literals, `Fn::Sub` templates, dynamic references. */
export const stringsIn = (value: Json | undefined): string[] => {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return (value as readonly Json[]).flatMap(stringsIn);
  if (isObject(value)) return Object.values(value).flatMap(stringsIn);
  return [];
};

const SSM_REFERENCE = /\{\{resolve:ssm(?:-secure)?:([^}:]+)(?::\d+)?\}\}/g;

/** The SSM parameter names a value reads through `{{resolve:ssm:NAME}}`, which CloudFormation resolves at deploy. */
export const ssmNamesIn = (value: Json | undefined): string[] =>
  stringsIn(value).flatMap((text) => [...text.matchAll(SSM_REFERENCE)].map((match) => match[1] ?? ''));

/** The export names a value reads through `Fn::ImportValue`. */
export const importedNamesIn = (value: Json | undefined): Json[] => {
  if (Array.isArray(value)) return (value as readonly Json[]).flatMap(importedNamesIn);
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'Fn::ImportValue' ? [inner] : importedNamesIn(inner),
  );
};

/** A number property that CloudFormation also accepts as a string ("90"). */
export const numberOf = (value: Json | undefined): number | undefined => {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
};

/** A policy-shaped property that CloudFormation accepts as an object or as its JSON text. */
export const objectOf = (value: Json | undefined): { readonly [key: string]: Json } | undefined => {
  if (isObject(value)) return value;
  if (typeof value !== 'string') return undefined;
  try {
    const parsed = JSON.parse(value) as Json;
    return isObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
};
