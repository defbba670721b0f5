/**
 * The environment serverless.yml gives the functions. Entry points (router, receivers) load their
 * settings at module scope, as they do in Lambda, so a test that imports one imports this first.
 * Nothing here reaches the network: SDK clients are only built on first use.
 */
process.env['ORDERS_TABLE'] ??= 'orders-test-orders';
process.env['IDEMPOTENCY_TABLE'] ??= 'orders-test-idempotency';
process.env['EVENTS_TOPIC_ARN'] ??= 'arn:aws:sns:us-east-1:000000000000:orders-test-events';
process.env['EVENT_BUS_NAME'] ??= 'commerce-test';
process.env['AWS_REGION'] ??= 'us-east-1';
// The functions' JSON log lines would bury the test report.
process.env['LOG_LEVEL'] ??= 'silent';
