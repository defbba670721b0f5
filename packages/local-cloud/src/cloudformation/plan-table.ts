import type {
  GlobalSecondaryIndex,
  KeySchemaElement,
  LocalSecondaryIndex,
  Projection,
  ProvisionedThroughput,
} from '@aws-sdk/client-dynamodb';
import type { FieldReader } from './field-reader.js';
import type { ResourcePlanner } from './resource-planner.js';

const keySchema = (fields: FieldReader): KeySchemaElement[] =>
  fields.objects('KeySchema').map((key) => ({
    AttributeName: key.string('AttributeName'),
    KeyType: key.oneOf('KeyType', ['HASH', 'RANGE']),
  }));

const projection = (fields: FieldReader): Projection => {
  const declared = fields.optionalObject('Projection');
  const nonKeyAttributes = declared?.strings('NonKeyAttributes') ?? [];
  return {
    ProjectionType: declared?.optionalOneOf('ProjectionType', ['ALL', 'KEYS_ONLY', 'INCLUDE']) ?? 'KEYS_ONLY',
    ...(nonKeyAttributes.length > 0 && { NonKeyAttributes: nonKeyAttributes }),
  };
};

const provisionedThroughput = (fields: FieldReader): { ProvisionedThroughput?: ProvisionedThroughput } => {
  const declared = fields.optionalObject('ProvisionedThroughput');
  return declared
    ? {
        ProvisionedThroughput: {
          ReadCapacityUnits: declared.number('ReadCapacityUnits'),
          WriteCapacityUnits: declared.number('WriteCapacityUnits'),
        },
      }
    : {};
};

const localIndex = (fields: FieldReader): LocalSecondaryIndex => ({
  IndexName: fields.string('IndexName'),
  KeySchema: keySchema(fields),
  Projection: projection(fields),
});

const globalIndex = (fields: FieldReader): GlobalSecondaryIndex => ({
  ...localIndex(fields),
  ...provisionedThroughput(fields),
});

/** A list property is left out when empty: DynamoDB refuses an empty index list. */
const nonEmpty = <K extends string, T>(key: K, items: T[]): Partial<Record<K, T[]>> =>
  items.length > 0 ? ({ [key]: items } as Record<K, T[]>) : {};

/**
 * A table as CreateTable takes it, and its time to live, which AWS sets with a separate
 * UpdateTimeToLive call. Billing defaults to PROVISIONED, as in CloudFormation.
 * See https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-dynamodb-table.html
 *
 * @internal
 */
export const planTable: ResourcePlanner = ({ logicalId, name, fields }) => {
  const timeToLive = fields.optionalObject('TimeToLiveSpecification');
  const streamViewType = fields
    .optionalObject('StreamSpecification')
    ?.oneOf('StreamViewType', ['KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES']);
  return {
    tables: [
      {
        logicalId,
        definition: {
          TableName: name,
          KeySchema: keySchema(fields),
          AttributeDefinitions: fields.objects('AttributeDefinitions').map((attribute) => ({
            AttributeName: attribute.string('AttributeName'),
            AttributeType: attribute.oneOf('AttributeType', ['S', 'N', 'B']),
          })),
          BillingMode: fields.optionalOneOf('BillingMode', ['PROVISIONED', 'PAY_PER_REQUEST']) ?? 'PROVISIONED',
          ...provisionedThroughput(fields),
          ...nonEmpty('GlobalSecondaryIndexes', fields.objects('GlobalSecondaryIndexes').map(globalIndex)),
          ...nonEmpty('LocalSecondaryIndexes', fields.objects('LocalSecondaryIndexes').map(localIndex)),
          ...(streamViewType && { StreamSpecification: { StreamEnabled: true, StreamViewType: streamViewType } }),
        },
        ...(timeToLive && {
          timeToLive: {
            attributeName: timeToLive.string('AttributeName'),
            enabled: timeToLive.optionalBoolean('Enabled') ?? false,
          },
        }),
      },
    ],
  };
};
