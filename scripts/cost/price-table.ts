/**
 * The AWS prices the cost model uses: us-east-1, on-demand, pay-as-you-go tier, free tiers left out
 * (they vanish at 1M orders). Written down from AWS's public price pages as the author last read
 * them (2025; this machine has no internet, so they were not re-checked at run time). Check the
 * pages before quoting a figure: AWS lowers prices from time to time (DynamoDB on-demand halved on
 * 2024-11-01).
 */
export interface Price {
  /** US dollars per `per` units. */
  readonly usd: number;
  readonly per: number;
  /** The AWS service that bills it. */
  readonly service: string;
  readonly unit: string;
  /** The AWS page the price is read from, and what it says about the unit. */
  readonly source: string;
}

export const PRICE_REGION = 'us-east-1 (US East, N. Virginia)';
export const PRICES_AS_OF = '2025 (AWS public pricing pages, as last read; not re-checked at run time)';

export const PRICES = {
  lambdaRequest: {
    usd: 0.2,
    per: 1e6,
    service: 'Lambda',
    unit: 'invocation',
    source: 'AWS Lambda Pricing (aws.amazon.com/lambda/pricing): requests, $0.20 per 1M',
  },
  lambdaArmGbSecond: {
    usd: 0.0000133334,
    per: 1,
    service: 'Lambda',
    unit: 'GB-s (arm64)',
    source: 'AWS Lambda Pricing: duration, Arm, first 7.5 billion GB-s per month',
  },
  apiGatewayHttpRequest: {
    usd: 1.0,
    per: 1e6,
    service: 'API Gateway',
    unit: 'HTTP API request (512 KB units)',
    source: 'Amazon API Gateway Pricing (aws.amazon.com/api-gateway/pricing): HTTP APIs, first 300M per month',
  },
  snsRequest: {
    usd: 0.5,
    per: 1e6,
    service: 'SNS',
    unit: 'publish request (64 KB chunk)',
    source:
      'Amazon SNS Pricing (aws.amazon.com/sns/pricing): standard topics, API requests; each 64 KB chunk of a publish (or of a PublishBatch payload) is one request',
  },
  snsDeliveryToSqsOrLambda: {
    usd: 0,
    per: 1e6,
    service: 'SNS',
    unit: 'delivery',
    source: 'Amazon SNS Pricing: deliveries to Amazon SQS and AWS Lambda, no charge (SQS and Lambda charges apply)',
  },
  eventBridgeEvent: {
    usd: 1.0,
    per: 1e6,
    service: 'EventBridge',
    unit: 'custom event (64 KB chunk of a PutEvents entry)',
    source:
      'Amazon EventBridge Pricing (aws.amazon.com/eventbridge/pricing): custom events published, $1.00 per 1M; delivery to same-account targets not charged',
  },
  sqsRequest: {
    usd: 0.4,
    per: 1e6,
    service: 'SQS',
    unit: 'request (64 KB chunk)',
    source:
      'Amazon SQS Pricing (aws.amazon.com/sqs/pricing): standard queues, first 100B requests per month; every API action is a request, a batch of up to 10 is one, each 64 KB chunk counts',
  },
  dynamoDbWriteUnit: {
    usd: 0.625,
    per: 1e6,
    service: 'DynamoDB',
    unit: 'write request unit',
    source:
      'Amazon DynamoDB Pricing for On-Demand Capacity (aws.amazon.com/dynamodb/pricing/on-demand), since 2024-11-01',
  },
  dynamoDbReadUnit: {
    usd: 0.125,
    per: 1e6,
    service: 'DynamoDB',
    unit: 'read request unit',
    source: 'Amazon DynamoDB Pricing for On-Demand Capacity, since 2024-11-01',
  },
} as const satisfies Record<string, Price>;

export type PriceName = keyof typeof PRICES;
