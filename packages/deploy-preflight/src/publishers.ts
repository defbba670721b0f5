/** The stack being deployed. */
export interface DeployTarget {
  /** The serverless service name, e.g. `orders`. */
  readonly service: string;
  readonly stage: string;
}

// Every parameter this repository shares is /commerce/<stage>/<owner>/<key> (services/README.md).
const COMMERCE_PARAMETER = /^\/commerce\/([^/]+)\/([^/]+)\/(.+)$/;

/**
 * What has to happen before a stack that reads the SSM parameter `name` can deploy, in words an
 * operator can act on: which stack publishes it, or who must put it.
 *
 * - Platform publishes its own parameters and the ARN of every hand-off topic, whichever service
 *   the topic carries events of (ADR 0004).
 * - `auth` is no stack of ours: whoever runs the identity provider puts its issuer and audience.
 * - A service's own parameter (payments' provider API key) is put by its team, as its README says.
 *
 * @example
 * publisherOf('/commerce/dev/platform/event-bus-name', { service: 'orders', stage: 'dev' });
 * // 'deploy platform to stage dev first'
 */
export const publisherOf = (name: string, target: DeployTarget): string => {
  const match = COMMERCE_PARAMETER.exec(name);
  if (!match) return 'create it: no stack of this repository publishes it';
  const [, stage, owner, key] = match;
  if (owner === 'auth') {
    return `publish the identity provider's issuer and audience for stage ${stage} (docs/deploying.md)`;
  }
  if (owner === 'platform' || key === 'events-topic-arn') return `deploy platform to stage ${stage} first`;
  if (owner === target.service) {
    return `put it before deploying ${target.service} to stage ${stage} (services/${target.service}/README.md says how)`;
  }
  return `deploy ${owner} to stage ${stage} first`;
};
