import { randomUUID } from 'node:crypto';
import {
  DeleteRuleCommand,
  EventBridgeClient,
  PutRuleCommand,
  PutTargetsCommand,
  RemoveTargetsCommand,
} from '@aws-sdk/client-eventbridge';
import { PublishCommand, SNSClient, SubscribeCommand, UnsubscribeCommand } from '@aws-sdk/client-sns';
import {
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  DeleteQueueCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { LOCAL_CREDENTIALS, type Edge } from '@commerce/local-cloud/testing';

/**
 * An event as it crossed a topic or the bus: the envelope, and the topic and attributes it was
 * published with (none for the bus).
 */
export interface TappedEvent {
  topicArn?: string;
  envelope: { id: string; type: string; data: { orderId: string } & Record<string, unknown> };
  attributes: Record<string, { Type: string; Value: string }>;
}

/**
 * A queue of the test's own subscribed to services' topics and, with a rule, to every commerce
 * event on the bus, as another consumer would be: it sees every event of the saga, can publish one
 * again on its topic, exactly as it was, or deliver it straight to a consumer's queue, to play a
 * redelivery.
 */
export const tapTopics = async (
  edge: Edge,
  topicArns: readonly string[],
  { eventBusName }: { eventBusName?: string } = {},
) => {
  const config = { endpoint: edge.url, region: edge.region, credentials: LOCAL_CREDENTIALS };
  const sns = new SNSClient(config);
  const sqs = new SQSClient(config);
  const eventBridge = new EventBridgeClient(config);
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: `e2e-tap-${randomUUID()}` }));
  const queueUrl = QueueUrl!;
  const { Attributes } = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }),
  );
  const subscriptions = await Promise.all(
    topicArns.map(async (TopicArn) => {
      const { SubscriptionArn } = await sns.send(
        new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: Attributes!.QueueArn }),
      );
      return SubscriptionArn!;
    }),
  );
  const ruleName = `e2e-tap-${randomUUID().slice(0, 8)}`;
  if (eventBusName) {
    await eventBridge.send(
      new PutRuleCommand({
        Name: ruleName,
        EventBusName: eventBusName,
        EventPattern: JSON.stringify({ source: [{ prefix: 'commerce.' }] }),
      }),
    );
    await eventBridge.send(
      new PutTargetsCommand({
        Rule: ruleName,
        EventBusName: eventBusName,
        Targets: [{ Id: 'tap', Arn: Attributes!.QueueArn }],
      }),
    );
  }
  const seen: TappedEvent[] = [];

  const drain = async () => {
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }),
    );
    for (const message of Messages) {
      const body = JSON.parse(message.Body!) as Record<string, unknown>;
      if ('detail-type' in body) {
        seen.push({ envelope: body['detail'] as TappedEvent['envelope'], attributes: {} });
        continue;
      }
      const notification = body as {
        TopicArn: string;
        Message: string;
        MessageAttributes?: TappedEvent['attributes'];
      };
      seen.push({
        topicArn: notification.TopicArn,
        envelope: JSON.parse(notification.Message) as TappedEvent['envelope'],
        attributes: notification.MessageAttributes ?? {},
      });
    }
    if (Messages.length > 0) {
      await sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: queueUrl,
          Entries: Messages.map((message, index) => ({ Id: String(index), ReceiptHandle: message.ReceiptHandle! })),
        }),
      );
    }
    return Messages.length;
  };

  /** Every tapped event matching `where`, once at least `count` of them have crossed. */
  const events = async (where: (event: TappedEvent) => boolean, count = 1, waitMs = 60_000) => {
    const deadline = Date.now() + waitMs;
    for (;;) {
      const found = seen.filter(where);
      if (found.length >= count) return found;
      if (Date.now() > deadline) throw new Error(`${found.length} of ${count} expected events crossed in ${waitMs} ms`);
      if ((await drain()) === 0) await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  return {
    events,
    /** Every event tapped so far, once each (the tap itself may see a republished one twice). */
    all: async () => {
      while ((await drain()) > 0);
      return [...new Map(seen.map((event) => [event.envelope.id, event])).values()];
    },
    /** Sends the envelope straight to a consumer's queue, as SNS raw delivery would. */
    deliverTo: async (queueName: string, event: TappedEvent) => {
      const { QueueUrl } = await sqs.send(new GetQueueUrlCommand({ QueueName: queueName }));
      await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: JSON.stringify(event.envelope) }));
    },
    /** Publishes the event again, same envelope and attributes, on the topic it came from. */
    republish: (event: TappedEvent) =>
      sns.send(
        new PublishCommand({
          TopicArn: event.topicArn!,
          Message: JSON.stringify(event.envelope),
          MessageAttributes: Object.fromEntries(
            Object.entries(event.attributes).map(([name, { Type, Value }]) => [
              name,
              { DataType: Type, StringValue: Value },
            ]),
          ),
        }),
      ),
    stop: async () => {
      await Promise.allSettled(
        subscriptions.map((SubscriptionArn) => sns.send(new UnsubscribeCommand({ SubscriptionArn }))),
      );
      if (eventBusName) {
        await eventBridge
          .send(new RemoveTargetsCommand({ Rule: ruleName, EventBusName: eventBusName, Ids: ['tap'] }))
          .then(() => eventBridge.send(new DeleteRuleCommand({ Name: ruleName, EventBusName: eventBusName })))
          .catch(() => undefined);
      }
      await sqs.send(new DeleteQueueCommand({ QueueUrl: queueUrl })).catch(() => undefined);
      eventBridge.destroy();
      sns.destroy();
      sqs.destroy();
    },
  };
};

export type EventTap = Awaited<ReturnType<typeof tapTopics>>;
