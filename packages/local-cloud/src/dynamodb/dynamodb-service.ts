import dynalite from 'dynalite';
import type { ServiceFactory } from '../edge/emulated-service.js';

/** DynamoDB through an in-memory dynalite, fed requests directly rather than through a second port. */
export const createDynamoDbService: ServiceFactory = () => {
  const dynamo = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  return { handle: (request, response) => void dynamo.emit('request', request, response) };
};
