import { validationError } from './dynamodb-errors.js';
import { memberPath, requireMembers, requireStructure, transactItemsOf } from './request-shape.js';
import type { Item, JsonObject } from './wire-types.js';

const WRITE_KINDS = ['Put', 'Update', 'Delete', 'ConditionCheck'] as const;

export type WriteKind = (typeof WRITE_KINDS)[number];

/** What each action must carry besides TableName, per the TransactWriteItems API reference. */
const REQUIRED_MEMBERS: Record<WriteKind, readonly string[]> = {
  Put: ['Item'],
  Update: ['Key', 'UpdateExpression'],
  Delete: ['Key'],
  ConditionCheck: ['Key', 'ConditionExpression'],
};

/** One entry of TransactItems: which action, and its structure as the caller sent it. */
export interface WriteAction {
  readonly kind: WriteKind;
  readonly tableName: string;
  readonly request: JsonObject;
  /** Whether a failed condition should report the item as it was (`ALL_OLD`). */
  readonly returnsItemOnFailure: boolean;
}

const kindOf = (entry: JsonObject): WriteKind => {
  const kinds = WRITE_KINDS.filter((kind) => entry[kind] !== undefined && entry[kind] !== null);
  const [kind] = kinds;
  if (kind === undefined || kinds.length > 1) {
    throw validationError('TransactItems can only contain one of Check, Put, Update or Delete');
  }
  return kind;
};

/** The actions of a TransactWriteItems body, refusing what AWS refuses before reading any item. */
export const parseWriteActions = (body: JsonObject): readonly WriteAction[] =>
  transactItemsOf(body).map((entry, index) => {
    const kind = kindOf(entry);
    const path = memberPath('transactItems', index);
    const request = requireStructure(entry, kind, path);
    requireMembers(request, ['TableName', ...REQUIRED_MEMBERS[kind]], `${path}.${memberPath(kind)}`);
    return {
      kind,
      tableName: String(request['TableName']),
      request,
      returnsItemOnFailure: request['ReturnValuesOnConditionCheckFailure'] === 'ALL_OLD',
    };
  });

/** The key an action names directly (every kind but Put, whose key is inside its item). */
export const namedKeyOf = (action: WriteAction): Item | undefined =>
  action.kind === 'Put' ? undefined : (action.request['Key'] as Item);
