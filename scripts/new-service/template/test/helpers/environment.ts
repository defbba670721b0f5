/**
 * The environment serverless.yml gives the functions. Entry points (router, receivers) load their
 * settings at module scope, as they do in Lambda, so a test that imports one imports this first.
 * Nothing here reaches the network: SDK clients are only built on first use.
 */
process.env['CONFIRMED_ORDERS_TABLE'] ??= '__service__-test-confirmed-orders';
process.env['AWS_REGION'] ??= 'us-east-1';
// The functions' JSON log lines would bury the test report.
process.env['LOG_LEVEL'] ??= 'silent';
