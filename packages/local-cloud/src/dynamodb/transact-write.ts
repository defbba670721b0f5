import { DynamoDbError, validationError } from './dynamodb-errors.js';
import type { DynaliteCall } from './embedded-dynalite.js';
import type { IdempotencyTokens } from './idempotency-tokens.js';
import { itemIdentity, keyOf, tableLookup } from './table-keys.js';
import {
  conditionFailed,
  NO_REASON,
  transactionCanceled,
  validationFailed,
  type CancellationReason,
} from './transaction-cancelled.js';
import { applyRequestOf, restoreRequestOf, type PlannedAction } from './transact-write-ops.js';
import { namedKeyOf, parseWriteActions, type WriteAction } from './transact-write-request.js';
import { canonicalJson, type Item, type JsonObject } from './wire-types.js';
import type { WriteGate } from './write-gate.js';

export interface TransactWriteDependencies {
  readonly call: DynaliteCall;
  readonly gate: WriteGate;
  readonly tokens: IdempotencyTokens;
}

/**
 * Each action with its key and its item's prior image. Two actions on one item are refused as AWS
 * refuses them; reading also validates each key against its table's schema and finds missing
 * tables, so such requests fail whole, before anything is written.
 */
const plan = async (call: DynaliteCall, actions: readonly WriteAction[]): Promise<PlannedAction[]> => {
  const tableOf = tableLookup(call);
  const identities = new Set<string>();
  const planned: PlannedAction[] = [];
  for (const action of actions) {
    const key =
      namedKeyOf(action) ?? keyOf(action.request['Item'] as Item, (await tableOf(action.tableName)).KeySchema);
    const identity = itemIdentity(action.tableName, key);
    if (identities.has(identity)) {
      throw validationError('Transaction request cannot include multiple operations on one item');
    }
    identities.add(identity);
    const { Item: prior } = await call<{ Item?: Item }>('GetItem', {
      TableName: action.tableName,
      Key: key,
      ConsistentRead: true,
    });
    planned.push({ action, key, prior });
  }
  return planned;
};

/** dynalite's wording for an expression that can never be valid, whatever the item holds. */
const isMalformedRequest = (message: string): boolean =>
  /^Invalid \w*Expression/.test(message) || message.includes('ExpressionAttribute');

/** Applies one action; a failed condition or a refused value is its cancellation reason. */
const apply = async (call: DynaliteCall, planned: PlannedAction): Promise<CancellationReason> => {
  const { operation, input } = applyRequestOf(planned);
  try {
    await call(operation, input);
    return NO_REASON;
  } catch (error) {
    if (!(error instanceof DynamoDbError)) throw error;
    if (error.code === 'ConditionalCheckFailedException') {
      return conditionFailed(planned.action.returnsItemOnFailure ? planned.prior : undefined);
    }
    // A malformed request (an expression that does not parse, an unused or undefined placeholder)
    // fails the whole call as a plain ValidationException; only problems with the data are reasons.
    if (error.code === 'ValidationException' && !isMalformedRequest(error.message)) {
      return validationFailed(error.message);
    }
    throw error;
  }
};

/** Puts the items of applied actions back as they were, newest first. */
const undo = async (call: DynaliteCall, applied: readonly PlannedAction[]): Promise<void> => {
  for (const action of [...applied].reverse()) {
    const { operation, input } = restoreRequestOf(action);
    await call(operation, input);
  }
};

/** Applies every action (so the reasons cover every failed condition, as AWS reports them), undoing all if any failed. */
const applyAll = async (call: DynaliteCall, planned: readonly PlannedAction[]): Promise<CancellationReason[]> => {
  const reasons: CancellationReason[] = [];
  const applied: PlannedAction[] = [];
  try {
    for (const action of planned) {
      const reason = await apply(call, action);
      reasons.push(reason);
      if (reason === NO_REASON) applied.push(action);
    }
  } catch (error) {
    await undo(call, applied);
    throw error;
  }
  if (reasons.some((reason) => reason !== NO_REASON)) await undo(call, applied);
  return reasons;
};

/**
 * TransactWriteItems, all or nothing. Under the gate held exclusively, so no other request can
 * interleave, each action is applied in order with its own condition through dynalite; if any
 * failed, the ones that applied are undone from the prior images read under the same hold, and no
 * reader saw them in between (plain reads hold the gate too). Applying and undoing keeps condition
 * and update semantics dynalite's own, where checking everything first would need a second
 * expression evaluator. Conditions cannot see each other's writes: no two actions share an item.
 */
export const createTransactWriter =
  ({ call, gate, tokens }: TransactWriteDependencies) =>
  async (body: JsonObject): Promise<JsonObject> => {
    const actions = parseWriteActions(body);
    const token = typeof body['ClientRequestToken'] === 'string' ? body['ClientRequestToken'] : undefined;
    const fingerprint = canonicalJson(body['TransactItems']);
    return gate.run('exclusive', async () => {
      if (tokens.isReplay(token, fingerprint)) return {};
      const reasons = await applyAll(call, await plan(call, actions));
      if (reasons.some((reason) => reason !== NO_REASON)) throw transactionCanceled(reasons);
      tokens.remember(token, fingerprint);
      return {};
    });
  };
