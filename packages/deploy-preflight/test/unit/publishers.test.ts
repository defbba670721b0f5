import { publisherOf } from '../../src/publishers.js';

const orders = { service: 'orders', stage: 'dev' };
const payments = { service: 'payments', stage: 'dev' };

describe('who publishes a parameter', () => {
  it.each([
    ['the bus name', '/commerce/dev/platform/event-bus-name', orders, 'deploy platform to stage dev first'],
    ['the alerts topic', '/commerce/dev/platform/alerts-topic-arn', orders, 'deploy platform to stage dev first'],
    [
      "another producer's hand-off topic (ADR 0004)",
      '/commerce/dev/inventory/events-topic-arn',
      orders,
      'deploy platform to stage dev first',
    ],
    [
      "the service's own hand-off topic",
      '/commerce/dev/orders/events-topic-arn',
      orders,
      'deploy platform to stage dev first',
    ],
    [
      "the identity provider's issuer",
      '/commerce/dev/auth/jwt-issuer',
      orders,
      "publish the identity provider's issuer and audience for stage dev (docs/deploying.md)",
    ],
    [
      "the service's own setting",
      '/commerce/dev/payments/provider-api-key',
      payments,
      'put it before deploying payments to stage dev (services/payments/README.md says how)',
    ],
    [
      "another service's parameter",
      '/commerce/dev/inventory/price-list',
      orders,
      'deploy inventory to stage dev first',
    ],
    [
      'a parameter of another stage, named by its own stage',
      '/commerce/prod/platform/event-bus-name',
      orders,
      'deploy platform to stage prod first',
    ],
    ['a name outside /commerce', '/vendor/key', orders, 'create it: no stack of this repository publishes it'],
  ])('is said for %s', (_case, name, target, remedy) => {
    expect(publisherOf(name, target)).toBe(remedy);
  });
});
