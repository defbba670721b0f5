import { pick } from './request-shape.js';
import type { WriteAction } from './transact-write-request.js';
import type { Item, JsonObject } from './wire-types.js';

/** An action with the key it touches and the item as it was before the transaction (if any). */
export interface PlannedAction {
  readonly action: WriteAction;
  readonly key: Item;
  readonly prior: Item | undefined;
}

/** A plain DynamoDB call to make on dynalite. */
export interface DynaliteRequest {
  readonly operation: string;
  readonly input: JsonObject;
}

const CONDITION_MEMBERS = ['ConditionExpression', 'ExpressionAttributeNames', 'ExpressionAttributeValues'];

/**
 * The plain write that applies an action together with its condition, so dynalite evaluates the
 * condition exactly as it would for PutItem / UpdateItem / DeleteItem.
 * A ConditionCheck has no plain counterpart; it becomes a conditional write that changes nothing:
 * rewriting the item exactly as it is, or deleting an item that does not exist.
 */
export const applyRequestOf = ({ action, key, prior }: PlannedAction): DynaliteRequest => {
  const { request } = action;
  const condition = pick(request, ['TableName', ...CONDITION_MEMBERS]);
  switch (action.kind) {
    case 'Put':
      return { operation: 'PutItem', input: { ...condition, Item: request['Item'] } };
    case 'Update':
      return {
        operation: 'UpdateItem',
        input: { ...condition, Key: key, UpdateExpression: request['UpdateExpression'] },
      };
    case 'Delete':
      return { operation: 'DeleteItem', input: { ...condition, Key: key } };
    case 'ConditionCheck':
      return prior
        ? { operation: 'PutItem', input: { ...condition, Item: prior } }
        : { operation: 'DeleteItem', input: { ...condition, Key: key } };
  }
};

/** The unconditional write that puts an applied action's item back as it was before. */
export const restoreRequestOf = ({ action, key, prior }: PlannedAction): DynaliteRequest =>
  prior
    ? { operation: 'PutItem', input: { TableName: action.tableName, Item: prior } }
    : { operation: 'DeleteItem', input: { TableName: action.tableName, Key: key } };
