/** The run behind `pnpm cost:model`: the saga system started, the outcomes' orders placed and counted. */
import { DynamoDBClient, ListTablesCommand, paginateScan } from '@aws-sdk/client-dynamodb';
import { LOCAL_CREDENTIALS } from '@commerce/local-cloud/testing';
import { startSagaSystem, type SagaSystem } from '../../test/e2e/saga-system.js';
import type { PhaseCounts } from './counts.js';
import { invocationOf, type Invocation } from './invocations.js';
import { itemSize } from './item-size.js';
import { OUTCOMES, runOutcome } from './workload.js';

/** What one run counted, as kept in artifacts/cost-model.json. */
export interface CostWorkload {
  readonly date: string;
  readonly ordersPerOutcome: number;
  readonly phases: Record<string, PhaseCounts>;
  /** The size of every item in every table after the run: what estimated DynamoDB units are billed at. */
  readonly itemSizes: number[];
}

const itemSizes = async (saga: SagaSystem): Promise<number[]> => {
  const { edge } = saga.system;
  const dynamo = new DynamoDBClient({ endpoint: edge.url, region: edge.region, credentials: LOCAL_CREDENTIALS });
  const sizes: number[] = [];
  const { TableNames = [] } = await dynamo.send(new ListTablesCommand({}));
  for (const TableName of TableNames) {
    for await (const page of paginateScan({ client: dynamo }, { TableName })) {
      for (const item of page.Items ?? []) sizes.push(itemSize(item));
    }
  }
  dynamo.destroy();
  return sizes;
};

export const runCostWorkload = async (orders: number): Promise<CostWorkload> => {
  const invocations: Invocation[] = [];
  const saga = await startSagaSystem({
    serviceOutput: (service, line) => {
      const invocation = invocationOf(service, line);
      if (invocation) invocations.push(invocation);
    },
  });
  try {
    // One uncounted order of each outcome first: under sls offline a function's first invocation
    // loads its bundle, which would land on whichever outcome ran first.
    for (const outcome of OUTCOMES) await runOutcome(saga, outcome, 1, invocations);
    const phases: Record<string, PhaseCounts> = {};
    for (const outcome of OUTCOMES) {
      process.stdout.write(`… ${orders} orders ${outcome}\n`);
      phases[outcome] = await runOutcome(saga, outcome, orders, invocations);
    }
    return {
      date: new Date().toISOString().slice(0, 10),
      ordersPerOutcome: orders,
      phases,
      itemSizes: await itemSizes(saga),
    };
  } finally {
    await saga.stop();
  }
};
