import { DynamoDbError, validationError } from './dynamodb-errors.js';
import { isJsonObject, type JsonObject } from './wire-types.js';

/** AWS allows up to 100 actions in one TransactWriteItems or TransactGetItems call. */
const MAX_TRANSACT_ITEMS = 100;

const lowerFirst = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

/** The path AWS's validation messages name a member by: `transactItems.2.member.update.key`. */
export const memberPath = (...names: ReadonlyArray<string | number>): string =>
  names.map((name) => (typeof name === 'number' ? `${name + 1}.member` : lowerFirst(name))).join('.');

/** AWS's wording for one failed constraint, e.g. a missing required member. */
export const constraintError = (value: string, path: string, constraint: string): DynamoDbError =>
  validationError(
    `1 validation error detected: Value ${value} at '${path}' failed to satisfy constraint: ${constraint}`,
  );

/** Throws AWS's "Member must not be null" for the first required member missing from `structure`. */
export const requireMembers = (structure: JsonObject, names: readonly string[], path: string): void => {
  const missing = names.find((name) => structure[name] === undefined || structure[name] === null);
  if (missing !== undefined) {
    throw constraintError(
      'null',
      path ? `${path}.${memberPath(missing)}` : memberPath(missing),
      'Member must not be null',
    );
  }
};

/** The structure at `structure[name]`, required. */
export const requireStructure = (structure: JsonObject, name: string, path: string): JsonObject => {
  requireMembers(structure, [name], path);
  const member = structure[name];
  if (!isJsonObject(member)) {
    throw new DynamoDbError(
      'SerializationException',
      `Unexpected value type for ${path ? `${path}.` : ''}${memberPath(name)}`,
    );
  }
  return member;
};

/** The TransactItems list of either transaction call, between 1 and 100 structures long. */
export const transactItemsOf = (body: JsonObject): readonly JsonObject[] => {
  requireMembers(body, ['TransactItems'], '');
  const items = body['TransactItems'];
  if (!Array.isArray(items) || !items.every(isJsonObject)) {
    throw new DynamoDbError('SerializationException', 'TransactItems must be a list of structures');
  }
  if (items.length < 1 || items.length > MAX_TRANSACT_ITEMS) {
    const bound = items.length < 1 ? 'greater than or equal to 1' : `less than or equal to ${MAX_TRANSACT_ITEMS}`;
    // AWS prints the whole list as the value; a count reads better in a local log.
    throw constraintError(`'[${items.length} items]'`, 'transactItems', `Member must have length ${bound}`);
  }
  return items;
};

/** The members of `structure` named in `names`, for passing on to dynalite without the rest. */
export const pick = (structure: JsonObject, names: readonly string[]): JsonObject =>
  Object.fromEntries(names.filter((name) => structure[name] !== undefined).map((name) => [name, structure[name]]));
