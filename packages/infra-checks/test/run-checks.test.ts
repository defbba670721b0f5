import { formatReport } from '../src/report.js';
import { runChecks } from '../src/index.js';
import { notificationsStack, ordersStack, propertiesOf, seeded } from './helpers/stacks.js';

const withoutBatchFailures = seeded(ordersStack('prod'), (resources) => {
  delete propertiesOf(resources, 'PaymentOutcomeEventSourceMapping')['FunctionResponseTypes'];
});

describe('runChecks', () => {
  it('reports each finding with its check, service and stage', () => {
    expect(runChecks([withoutBatchFailures], { wholeSystem: false })).toEqual([
      {
        check: 'consumed-queues',
        service: 'orders',
        stage: 'prod',
        resource: 'PaymentOutcomeEventSourceMapping',
        message: expect.any(String),
      },
    ]);
  });

  it('adds the system checks, per stage, only for the whole system', () => {
    const stacks = [ordersStack('dev'), notificationsStack('dev'), ordersStack('prod')];

    const system = runChecks(stacks, { wholeSystem: true }).filter(
      (violation) => violation.check === 'unrouted-events',
    );

    expect(new Set(system.map((violation) => violation.stage))).toEqual(new Set(['dev', 'prod']));
    expect(runChecks(stacks, { wholeSystem: false })).toEqual([]);
  });
});

describe('formatReport', () => {
  it('marks each stack, lists its violations under it and counts them', () => {
    const stacks = [ordersStack('dev'), withoutBatchFailures];

    const report = formatReport(stacks, runChecks(stacks, { wholeSystem: false }), 9);

    expect(report.split('\n')).toEqual([
      '✔ orders (dev)',
      '✘ orders (prod)',
      expect.stringMatching(
        /^ {4}consumed-queues: PaymentOutcomeEventSourceMapping does not report batch item failures/,
      ),
      '1 violation(s) of 9 checks on 2 stacks',
    ]);
  });
});
