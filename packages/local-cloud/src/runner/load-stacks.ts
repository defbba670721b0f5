import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import {
  applyStack,
  loadStackFile,
  MissingStackInputError,
  planStack,
  type StackClients,
  type StackPlan,
} from '../cloudformation/index.js';
import type { Edge } from '../edge/edge-server.js';
import { LOCAL_CREDENTIALS } from '../local-account.js';
import type { ServiceFolder } from './discover-services.js';
import type { ServiceMapping } from './pollers.js';
import type { Progress } from './progress.js';

/** Where the local-environment serverless plugin reads each function's resolved environment. */
const LOCAL_ENVIRONMENT_FILE = join('.serverless', 'local-environment.json');

const templateOf = (service: ServiceFolder) =>
  loadStackFile(join(service.dir, '.serverless', 'cloudformation-template-update-stack.json'));

const clientsFor = (edge: Edge): StackClients & { destroy(): void } => {
  const config = { endpoint: edge.url, region: edge.region, credentials: LOCAL_CREDENTIALS };
  const clients = {
    sqs: new SQSClient(config),
    dynamodb: new DynamoDBClient(config),
    sns: new SNSClient(config),
    eventBridge: new EventBridgeClient(config),
  };
  return { ...clients, destroy: () => Object.values(clients).forEach((client) => client.destroy()) };
};

/** Writes what CloudFormation would have resolved in each function's environment, for `sls offline`. */
const writeLocalEnvironment = (service: ServiceFolder, plan: StackPlan): void => {
  const environments = Object.fromEntries(plan.functions.map((fn) => [fn.name, fn.environment]));
  writeFileSync(join(service.dir, LOCAL_ENVIRONMENT_FILE), `${JSON.stringify(environments, null, 2)}\n`);
};

const warnAboutSkipped = (plan: StackPlan, progress: Progress): void => {
  for (const { logicalId, type, reason } of plan.unsupported) {
    progress.step(`${plan.stackName}: ${logicalId} (${type}) is not created locally: ${reason}`);
  }
};

export interface LoadedStacks {
  /** Every enabled or disabled event source mapping, by the service whose sls offline serves it. */
  mappings: ServiceMapping[];
  /** Services with Lambda functions; a stack of resources only has no `sls offline` to run. */
  withFunctions: ReadonlySet<string>;
}

/**
 * Plans and creates every service's stack against the local cloud. Stacks read what others
 * export (SSM parameters, Fn::ImportValue), so they are loaded in dependency order, found the way
 * a fresh account is brought up: load every stack whose inputs exist, repeat with what they added,
 * and stop with every stack's missing input named when a round adds nothing.
 */
export const loadStacks = async ({
  services,
  stage,
  edge,
  progress,
}: {
  services: readonly ServiceFolder[];
  stage: string;
  edge: Edge;
  progress: Progress;
}): Promise<LoadedStacks> => {
  const clients = clientsFor(edge);
  const exports: Record<string, string> = {};
  const parameters: Record<string, string> = {};
  const mappings: ServiceMapping[] = [];
  const withFunctions = new Set<string>();
  const templates = new Map(
    await Promise.all(services.map(async (service) => [service, await templateOf(service)] as const)),
  );
  try {
    while (templates.size > 0) {
      const before = templates.size;
      const waiting = new Map<string, MissingStackInputError>();
      for (const [service, template] of templates) {
        let plan: StackPlan;
        try {
          plan = planStack({
            stackName: `${service.name}-${stage}`,
            template,
            region: edge.region,
            accountId: edge.accountId,
            exports,
            parameters,
            queueUrl: (name) => `${edge.url}/${edge.accountId}/${name}`,
          });
        } catch (error) {
          if (!(error instanceof MissingStackInputError)) throw error;
          waiting.set(service.name, error);
          continue;
        }
        warnAboutSkipped(plan, progress);
        const planned = await applyStack(plan, clients);
        mappings.push(...planned.map((mapping) => ({ service: service.name, mapping })));
        Object.assign(exports, plan.exports);
        Object.assign(parameters, plan.ssmParameters);
        writeLocalEnvironment(service, plan);
        if (plan.functions.length > 0) withFunctions.add(service.name);
        templates.delete(service);
        progress.done(`created ${service.name}'s resources`);
      }
      // A stack that waited early in a round may be loadable now, so only a round that loaded
      // nothing proves the inputs are missing.
      if (templates.size === before) {
        throw new Error(
          `These stacks read what no stack provides:\n${[...waiting.values()].map((e) => `  ${e.message}`).join('\n')}`,
        );
      }
    }
  } finally {
    clients.destroy();
  }
  return { mappings, withFunctions };
};
