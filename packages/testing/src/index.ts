/**
 * What services' tests share, so no service keeps its own copy: Lambda events shaped as AWS
 * delivers them, the catalog's examples, and a publisher that records. Test code only; no
 * service's src may import it (it is a devDependency).
 */
export { catalogExample } from './catalog-example.js';
export {
  allDeliveries,
  eventBridgeDelivery,
  httpRequest,
  jsonRequest,
  lambdaContext,
  snsDeliveries,
  sqsBatch,
  textRecord,
} from './lambda-events.js';
export { createRecordingPublisher, type RecordingPublisher } from './recording-publisher.js';
