/**
 * What workspace tools (the infrastructure checks) reuse from the local cloud: the SNS filter
 * policy and EventBridge pattern engines that decide deliveries here, so a check of a packaged
 * template asks the same question the local cloud answers, and the `sls` runner with service
 * discovery and packaging.
 *
 * @example
 * const policy = parseFilterPolicy({ type: ['OrderPlaced'] }, 'MessageAttributes');
 * matchesMessageAttributes(policy, { type: { DataType: 'String', StringValue: 'OrderPlaced' } }); // true
 */
export {
  EventPatternError,
  matchesEventPattern,
  parseEventPattern,
  type EventPattern,
} from './eventbridge/event-pattern.js';
export { escapeRegExp } from './escape-regexp.js';
export { discoverServices, selectServices, type ServiceFolder } from './runner/discover-services.js';
export { packageServices, type PackageOptions } from './runner/package-services.js';
export { runSls } from './runner/sls-cli.js';
export {
  FilterPolicyError,
  matchesMessageAttributes,
  matchesMessageBody,
  parseFilterPolicy,
  type FilterPolicy,
  type FilterPolicyScope,
  type MessageAttributeValue,
} from './sns/filter-policy.js';
