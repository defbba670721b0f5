import { runChecks, STACK_CHECKS } from '../src/index.js';
import { notificationsStack, ordersStack } from './helpers/stacks.js';

describe('the compliant fixtures', () => {
  it.each(['dev', 'prod'])('pass every stack check in %s', (stage) => {
    expect(runChecks([ordersStack(stage), notificationsStack(stage)], { wholeSystem: false })).toEqual([]);
  });

  it('are checked by every stack check (none is left out of the list)', () => {
    expect(STACK_CHECKS.map((check) => check.name)).toEqual([
      'own-role',
      'least-privilege',
      'publish-rights',
      'consumed-queues',
      'http-routes',
      'queue-targets',
      'queue-policies',
      'cross-service-references',
      'stage-scoped-names',
      'consumer-routing',
      'producer-transports',
    ]);
  });
});
