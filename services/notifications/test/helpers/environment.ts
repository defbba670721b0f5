/**
 * The environment serverless.yml gives the functions. Entry points (router, receivers) load their
 * settings at module scope, as they do in Lambda, so a test that imports one imports this first.
 * Nothing here reaches the network or the disk: clients and folders are only made on first use.
 */
process.env['NOTIFICATIONS_TABLE'] ??= 'notifications-test-notifications';
process.env['EVENT_BUS_NAME'] ??= 'commerce-test';
process.env['NOTIFICATION_PROVIDER'] ??= 'mailbox';
process.env['MAILBOX_DIR'] ??= '.mailbox-test';
process.env['CUSTOMER_ADDRESS_TEMPLATE'] ??= '{customerId}@customers.invalid';
process.env['AWS_REGION'] ??= 'us-east-1';
// The functions' JSON log lines would bury the test report.
process.env['LOG_LEVEL'] ??= 'silent';
