import { readFileSync } from 'node:fs';
import { planStack } from '../../src/cloudformation/plan-stack.js';
import type { StackInputs } from '../../src/cloudformation/stack-inputs.js';
import type { StackPlan } from '../../src/cloudformation/stack-plan.js';
import type { CloudFormationTemplate } from '../../src/cloudformation/template-types.js';

export const fixturePath = new URL('./fixtures/inventory-service.json', import.meta.url).pathname;

/** `sls package` output of a service with a router, an SQS-fed receiver, SNS, EventBridge, a table and SSM. */
export const inventoryTemplate = JSON.parse(readFileSync(fixturePath, 'utf8')) as CloudFormationTemplate;

/** What the stacks deployed before inventory provide: orders' topic via SSM, platform's bus via an export. */
export const upstream = {
  exports: { 'platform-dev-EventBusName': 'platform-dev-bus' },
  parameters: { '/commerce/dev/orders/events-topic-arn': 'arn:aws:sns:us-east-1:000000000000:orders-dev-events' },
};

export const queueUrlAt =
  (edgeUrl: string) =>
  (queueName: string): string =>
    `${edgeUrl}/000000000000/${queueName}`;

/** Plans a template as the runner would, with the upstream stacks loaded. */
export const plan = (template: CloudFormationTemplate, overrides: Partial<StackInputs> = {}): StackPlan =>
  planStack({
    stackName: 'inventory-dev',
    template,
    region: 'us-east-1',
    accountId: '000000000000',
    queueUrl: queueUrlAt('http://127.0.0.1:4566'),
    ...upstream,
    ...overrides,
  });
