/**
 * The subscription attributes that change delivery: `FilterPolicy`, `FilterPolicyScope` and
 * `RawMessageDelivery` (https://docs.aws.amazon.com/sns/latest/api/API_SetSubscriptionAttributes.html).
 * AWS's others (`DeliveryPolicy`, `RedrivePolicy`, `SubscriptionRoleArn`, `ReplayPolicy`) are
 * refused, not stored and ignored: none of them would do anything here.
 * A policy is parsed by `parseFilterPolicy`; setting it to "" or "{}" removes it, as "{}" accepts
 * every message anyway.
 */
import { FilterPolicyError, parseFilterPolicy, type FilterPolicy, type FilterPolicyScope } from '../filter-policy.js';
import { invalidParameter, type SnsError } from './sns-error.js';

export interface SubscriptionSettings {
  readonly rawMessageDelivery: boolean;
  readonly filterPolicyScope: FilterPolicyScope;
  /** The policy as given, echoed by GetSubscriptionAttributes. */
  readonly filterPolicyJson?: string;
  readonly filterPolicy?: FilterPolicy;
}

export const DEFAULT_SETTINGS: SubscriptionSettings = {
  rawMessageDelivery: false,
  filterPolicyScope: 'MessageAttributes',
};

/** Subscribe words its refusals `Attributes Reason: ...`; SetSubscriptionAttributes names the attribute alone. */
export type SettingsAction = 'Subscribe' | 'SetSubscriptionAttributes';

const refuse = (action: SettingsAction, reason: string): SnsError =>
  invalidParameter(action === 'Subscribe' ? `Attributes Reason: ${reason}` : reason);

const withPolicy = (
  settings: SubscriptionSettings,
  json: string | undefined,
  action: SettingsAction,
): SubscriptionSettings => {
  const { filterPolicyJson: _json, filterPolicy: _policy, ...rest } = settings;
  if (json === undefined || json.trim() === '' || json.trim() === '{}') return rest;
  try {
    return { ...rest, filterPolicyJson: json, filterPolicy: parseFilterPolicy(json, settings.filterPolicyScope) };
  } catch (error) {
    if (error instanceof FilterPolicyError) throw refuse(action, `FilterPolicy: ${error.reason}`);
    throw error;
  }
};

/** The settings once one attribute is set; a policy is re-checked when its scope changes. */
export const withAttribute = (
  settings: SubscriptionSettings,
  name: string,
  value: string,
  action: SettingsAction,
): SubscriptionSettings => {
  switch (name) {
    case 'RawMessageDelivery':
      if (!/^(true|false)$/i.test(value)) {
        throw refuse(action, `RawMessageDelivery: Invalid value [${value}]. Must be true or false.`);
      }
      return { ...settings, rawMessageDelivery: value.toLowerCase() === 'true' };
    case 'FilterPolicyScope':
      if (value !== 'MessageAttributes' && value !== 'MessageBody') {
        throw refuse(action, `FilterPolicyScope: Invalid value [${value}]. Must be MessageAttributes or MessageBody.`);
      }
      return withPolicy({ ...settings, filterPolicyScope: value }, settings.filterPolicyJson, action);
    case 'FilterPolicy':
      return withPolicy(settings, value, action);
    case 'DeliveryPolicy':
    case 'RedrivePolicy':
    case 'SubscriptionRoleArn':
    case 'ReplayPolicy':
      throw refuse(action, `${name}: not supported by the local cloud`);
    default:
      throw refuse(action, `Unknown attribute ${name}`);
  }
};

/** Subscribe's settings; the scope goes first so the policy is parsed in it. */
export const settingsFrom = (attributes: Readonly<Record<string, string>>): SubscriptionSettings => {
  const ordered = Object.entries(attributes).sort(
    ([a], [b]) => Number(b === 'FilterPolicyScope') - Number(a === 'FilterPolicyScope'),
  );
  return ordered.reduce(
    (settings, [name, value]) => withAttribute(settings, name, value, 'Subscribe'),
    DEFAULT_SETTINGS,
  );
};

/** The settings as attribute strings, the way GetSubscriptionAttributes shows them. */
export const attributesOf = (settings: SubscriptionSettings): Record<string, string> => ({
  RawMessageDelivery: String(settings.rawMessageDelivery),
  ...(settings.filterPolicyJson === undefined
    ? {}
    : { FilterPolicy: settings.filterPolicyJson, FilterPolicyScope: settings.filterPolicyScope }),
});

/** Every setting as a string, defaults included, so two settings compare attribute by attribute. */
const comparable = (settings: SubscriptionSettings): Record<string, string> => ({
  RawMessageDelivery: String(settings.rawMessageDelivery),
  FilterPolicyScope: settings.filterPolicyScope,
  FilterPolicy: settings.filterPolicyJson ?? '',
});

/**
 * Whether Subscribe with these attributes may return the existing subscription: AWS answers
 * "Subscription already exists with different attributes" when a given attribute differs.
 */
export const sameSettings = (existing: SubscriptionSettings, requested: Readonly<Record<string, string>>): boolean => {
  const current = comparable(existing);
  const wanted = comparable(settingsFrom(requested));
  return Object.keys(requested).every((name) => current[name] === wanted[name]);
};
