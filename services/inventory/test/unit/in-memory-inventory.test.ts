import { createInMemoryInventory } from '../helpers/in-memory-inventory.js';
import { storeBehaviours } from '../helpers/store-behaviour.js';

// The fake the domain tests run on must behave like the DynamoDB tables, which run the same cases
// in test/integration/dynamodb-tables.test.ts.
describe('the in-memory inventory used by unit tests', () => {
  it.each(Object.entries(storeBehaviours))('%s', (_name, assertBehaviour) =>
    assertBehaviour(createInMemoryInventory()),
  );
});
