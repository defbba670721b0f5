import { NotificationSentV1 } from '@commerce/contracts';
import { derivedUuid } from '@commerce/shared-core/events';
import { notifierFixture } from '../helpers/notifier-fixture.js';

describe('notifying a customer of their order outcome', () => {
  it('sends the confirmation once and publishes NotificationSent, caused by OrderConfirmed', async () => {
    const { notifier, provider, outcomes, notifications, confirmed } = notifierFixture();

    const outcome = await notifier.notify(confirmed);

    const notificationId = derivedUuid(confirmed.data.orderId, 'order-confirmed');
    expect(outcome).toBe('sent');
    expect(provider.sent).toEqual([
      expect.objectContaining({
        notificationId,
        to: `${confirmed.data.customerId}@customers.invalid`,
        template: 'order-confirmed',
        subject: expect.stringContaining('is confirmed'),
      }),
    ]);
    expect(outcomes.published).toHaveLength(1);
    expect(NotificationSentV1.validate(outcomes.published[0]?.data)).toBe(true);
    expect(outcomes.published[0]).toMatchObject({
      type: 'NotificationSent',
      source: 'notifications',
      correlationId: confirmed.correlationId,
      causationId: confirmed.id,
      data: {
        notificationId,
        orderId: confirmed.data.orderId,
        template: 'order-confirmed',
        sentAt: '2026-11-23T10:00:01.000Z',
      },
    });
    expect(await notifications.get(confirmed.data.orderId, 'order-confirmed')).toMatchObject({
      status: 'SENT',
      providerMessageId: 'provider-1',
    });
  });

  it('sends nothing for the same outcome delivered again, and publishes the same NotificationSent again', async () => {
    const { notifier, provider, outcomes, confirmed } = notifierFixture();

    await notifier.notify(confirmed);
    const again = await notifier.notify({ ...confirmed });

    expect(again).toBe('republished');
    expect(provider.sent).toHaveLength(1);
    expect(outcomes.published).toHaveLength(2);
    expect(outcomes.published[1]).toEqual(outcomes.published[0]);
  });

  it('tells a declined customer why the order was cancelled and that nothing was charged', async () => {
    const { notifier, provider, declined } = notifierFixture();

    await notifier.notify(declined);

    expect(provider.sent[0]).toMatchObject({
      template: 'order-cancelled',
      subject: expect.stringContaining('was cancelled'),
    });
    expect(provider.sent[0]?.text).toContain('the payment was declined');
    expect(provider.sent[0]?.text).toContain('Nothing was charged.');
  });

  it('keeps the message pending when the provider fails, and sends it on the retry, once', async () => {
    const { notifier, provider, outcomes, notifications, confirmed } = notifierFixture();
    provider.failNext();

    await expect(notifier.notify(confirmed)).rejects.toThrow('SES throttled');
    const pending = await notifications.get(confirmed.data.orderId, 'order-confirmed');
    await notifier.notify(confirmed);

    expect(pending?.status).toBe('PENDING');
    expect(provider.sent).toHaveLength(1);
    expect(outcomes.published).toHaveLength(1);
  });

  it('publishes NotificationSent again when the bus failed after the message went out, without sending twice', async () => {
    const { notifier, provider, outcomes, confirmed } = notifierFixture();
    outcomes.failNext();

    await expect(notifier.notify(confirmed)).rejects.toMatchObject({ code: 'DEPENDENCY_UNAVAILABLE' });
    const retry = await notifier.notify(confirmed);

    expect(retry).toBe('republished');
    expect(provider.sent).toHaveLength(1);
    expect(outcomes.published).toHaveLength(1);
  });

  it('sends once when two deliveries of the same outcome run at the same time; the other comes back later', async () => {
    const { notifier, provider, outcomes, confirmed } = notifierFixture();

    const racing = await Promise.allSettled([notifier.notify(confirmed), notifier.notify({ ...confirmed })]);
    const retried = await notifier.notify(confirmed);

    expect(provider.sent).toHaveLength(1);
    expect(racing.map((result) => (result.status === 'fulfilled' ? result.value : result.reason.code))).toEqual(
      expect.arrayContaining(['sent']),
    );
    expect(racing.filter((result) => result.status === 'rejected')).toEqual([
      expect.objectContaining({ reason: expect.objectContaining({ code: 'CONFLICT', retryable: true }) }),
    ]);
    expect(retried).toBe('republished');
    expect(new Set(outcomes.published.map((event) => event.id)).size).toBe(1);
  });

  it('lets another delivery send a message whose claim ran out (its sender died), once', async () => {
    const { notifier, notifications, provider, confirmed } = notifierFixture();
    // A delivery decided and claimed it, then its function died before the provider answered.
    await notifications.create({
      orderId: confirmed.data.orderId,
      template: 'order-confirmed',
      notificationId: derivedUuid(confirmed.data.orderId, 'order-confirmed'),
      customerId: confirmed.data.customerId,
      channel: 'email',
      status: 'PENDING',
      sent: {
        id: 'e-1',
        time: '2026-11-23T09:00:00.000Z',
        correlationId: confirmed.correlationId,
        causationId: confirmed.id,
      },
      claimedUntil: '2026-11-23T09:00:30.000Z',
    });

    await notifier.notify(confirmed);

    expect(provider.sent).toHaveLength(1);
  });

  it('publishes what a racing delivery recorded when that delivery marked the message sent first', async () => {
    const { notifier, notifications, outcomes, confirmed } = notifierFixture();
    const markSent = notifications.markSent.bind(notifications);
    notifications.markSent = async (orderId, template) => {
      await markSent(orderId, template, { sentAt: '2026-11-23T09:59:59.000Z', providerMessageId: 'racer' });
      return markSent(orderId, template, { sentAt: 'never', providerMessageId: 'never' });
    };

    const outcome = await notifier.notify(confirmed);

    expect(outcome).toBe('republished');
    expect(outcomes.published[0]?.data).toMatchObject({ sentAt: '2026-11-23T09:59:59.000Z' });
  });
});
