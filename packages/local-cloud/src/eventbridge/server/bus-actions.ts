/**
 * CreateEventBus, DeleteEventBus, DescribeEventBus and ListEventBuses
 * (https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_Operations.html).
 * Partner buses (`EventSourceName`) are refused: the local cloud has no partner event sources.
 */
import type { ActionTable } from './actions.js';
import { BUS_NAME, BUS_NAME_OR_ARN } from './arns.js';
import { validation } from './eventbridge-error.js';
import { pageOf, withNamePrefix } from './pagination.js';
import type { Bus, Registry } from './registry.js';

/** The API's EventBus shape; timestamps go out as epoch seconds, as awsJson1_1 sends them. */
const describe = (bus: Bus) => ({
  Name: bus.name,
  Arn: bus.arn,
  Description: bus.description,
  CreationTime: bus.creationTime.getTime() / 1000,
});

export const busActions = (registry: Registry): ActionTable => ({
  CreateEventBus: (request) => {
    if (request.has('EventSourceName')) throw validation('The local EventBridge does not serve partner event buses');
    const bus = registry.createBus(request.string('Name', BUS_NAME), request.optionalString('Description'));
    return { EventBusArn: bus.arn, Description: bus.description };
  },
  DeleteEventBus: (request) => {
    registry.deleteBus(request.string('Name', BUS_NAME));
    return {};
  },
  DescribeEventBus: (request) => describe(registry.bus(request.optionalString('Name', BUS_NAME_OR_ARN))),
  ListEventBuses: (request) => {
    const page = pageOf(withNamePrefix(registry.buses(), request), request);
    return { EventBuses: page.items.map(describe), NextToken: page.nextToken };
  },
});
