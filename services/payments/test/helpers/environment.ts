/**
 * The environment serverless.yml gives the functions. Entry points (router, receivers) load their
 * settings at module scope, as they do in Lambda, so a test that imports one imports this first.
 * Nothing here reaches the network: SDK clients are only built on first use.
 */
process.env['PAYMENTS_TABLE'] ??= 'payments-test-payments';
process.env['EVENTS_TOPIC_ARN'] ??= 'arn:aws:sns:us-east-1:000000000000:payments-test-events';
process.env['CHARGE_QUEUE_URL'] ??= 'http://127.0.0.1:4566/000000000000/payments-test-charge';
process.env['PAYMENT_PROVIDER'] ??= 'simulator';
process.env['PROVIDER_API_KEY'] ??= 'sim_test_not_a_secret';
process.env['AWS_REGION'] ??= 'us-east-1';
// The functions' JSON log lines would bury the test report.
process.env['LOG_LEVEL'] ??= 'silent';
