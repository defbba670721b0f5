import type { DynaliteCall } from './embedded-dynalite.js';
import { memberPath, pick, requireMembers, requireStructure, transactItemsOf } from './request-shape.js';
import type { Item, JsonObject } from './wire-types.js';
import type { WriteGate } from './write-gate.js';

export interface TransactGetDependencies {
  readonly call: DynaliteCall;
  readonly gate: WriteGate;
}

const GET_MEMBERS = ['TableName', 'Key', 'ProjectionExpression', 'ExpressionAttributeNames'];

/**
 * TransactGetItems: every Get read while the gate is held exclusively, so no write lands between
 * two of them and the answer is one consistent snapshot. Responses follow the request's order,
 * `{}` standing for an item that does not exist; ProjectionExpression is dynalite's GetItem's own.
 * See https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactGetItems.html
 */
export const createTransactReader =
  ({ call, gate }: TransactGetDependencies) =>
  async (body: JsonObject): Promise<JsonObject> => {
    const gets = transactItemsOf(body).map((entry, index) => {
      const path = memberPath('transactItems', index);
      const get = requireStructure(entry, 'Get', path);
      requireMembers(get, ['TableName', 'Key'], `${path}.get`);
      return pick(get, GET_MEMBERS);
    });
    return gate.run('exclusive', async () => {
      const responses: JsonObject[] = [];
      for (const get of gets) {
        const { Item } = await call<{ Item?: Item }>('GetItem', { ...get, ConsistentRead: true });
        responses.push(Item ? { Item } : {});
      }
      return { Responses: responses };
    });
  };
