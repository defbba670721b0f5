/**
 * Resource types a packaged service declares that have no local runtime meaning: permissions,
 * logging and monitoring, the HTTP API (`sls offline` serves it) and Lambda plumbing. They are
 * listed in the plan as ignored; a type neither planned nor ignored is reported as unsupported,
 * never dropped silently.
 */
const ignoredResourceTypes: ReadonlySet<string> = new Set([
  'AWS::IAM::Role',
  'AWS::IAM::Policy',
  'AWS::IAM::ManagedPolicy',
  'AWS::Logs::LogGroup',
  'AWS::Logs::SubscriptionFilter',
  'AWS::Logs::MetricFilter',
  'AWS::CloudWatch::Alarm',
  'AWS::CloudWatch::CompositeAlarm',
  'AWS::CloudWatch::Dashboard',
  'AWS::ApiGateway::RestApi',
  'AWS::ApiGateway::Resource',
  'AWS::ApiGateway::Method',
  'AWS::ApiGateway::Deployment',
  'AWS::ApiGateway::Stage',
  'AWS::ApiGatewayV2::Api',
  'AWS::ApiGatewayV2::Stage',
  'AWS::ApiGatewayV2::Integration',
  'AWS::ApiGatewayV2::Route',
  'AWS::ApiGatewayV2::Authorizer',
  'AWS::Lambda::Permission',
  'AWS::Lambda::Version',
  'AWS::Lambda::Alias',
  'AWS::Lambda::EventInvokeConfig',
  'AWS::SQS::QueuePolicy',
  'AWS::SNS::TopicPolicy',
  'AWS::Events::Archive',
  'AWS::XRay::Group',
  'AWS::XRay::SamplingRule',
]);

/**
 * The bucket `sls deploy` uploads code to. Ignored by logical id rather than by type, so a bucket
 * a service declares for its own data is reported as unsupported instead.
 */
const serverlessDeploymentResources: ReadonlySet<string> = new Set([
  'ServerlessDeploymentBucket',
  'ServerlessDeploymentBucketPolicy',
]);

/** @internal */
export const isIgnoredResource = (logicalId: string, type: string): boolean =>
  ignoredResourceTypes.has(type) || serverlessDeploymentResources.has(logicalId);
