/**
 * An event source mapping Lambda would refuse on CreateEventSourceMapping, for the reason AWS
 * documents (https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-parameters.html), so a
 * configuration that fails to deploy fails locally too.
 *
 * @example
 * startEventSourceMapping({ ...options, batchSize: 100 }); // throws: 100 needs a batching window
 */
export class EventSourceMappingError extends Error {
  override name = 'EventSourceMappingError';
  /** The AWS error code CreateEventSourceMapping returns for it. */
  readonly code = 'InvalidParameterValueException';
}
