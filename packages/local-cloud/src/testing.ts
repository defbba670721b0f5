// Consumers type-check this source; dynalite has no types of its own, so its ambient declaration comes along.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an ambient module cannot be imported
/// <reference path="./dynamodb/dynalite-module.d.ts" />
/**
 * What services' tests use from the local cloud: the edge alone (a table, a queue, real SDK
 * clients against it) or the whole system through the runner on free ports.
 *
 * @example
 * const edge = await startEdge({ port: 0 });
 * const dynamo = new DynamoDBClient({ endpoint: edge.url, region: edge.region, credentials: LOCAL_CREDENTIALS });
 */
export { createDeclaredTable, type DeclaredTable } from './dynamodb/create-declared-table.js';
export { startEdge, type Edge, type EdgeOptions } from './edge/edge-server.js';
export { BILLING_CHUNK_BYTES, RequestMeter, type MeteredRequests } from './edge/request-meter.js';
export type { DeliveryChaos, DuplicateTally } from './lambda/delivery-chaos.js';
export { LOCAL_ACCOUNT_ID, LOCAL_CREDENTIALS, LOCAL_REGION } from './local-account.js';
export { ephemeralPort, freeServicePorts } from './runner/free-ports.js';
export { silentProgress, type Progress } from './runner/progress.js';
export { startSystem, type RunningSystem, type SystemOptions } from './runner/start-system.js';
