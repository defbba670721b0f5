import { randomUUID } from 'node:crypto';
import { LOCAL_ACCOUNT_ID, LOCAL_REGION } from '@commerce/local-cloud/testing';
import { tapTopics, type EventTap } from './event-tap.js';
import { join } from 'node:path';
import { openDashboard } from './dashboard-page.js';
import { freshSku, orderOf } from './orders.js';
import { drained } from './queues.js';
import { startSagaSystem, type AnalyticsSummary, type OrderView, type SagaSystem } from './saga-system.js';

/**
 * The order saga end to end: orders, inventory and payments started as `pnpm dev` starts them,
 * talking only through their topics and the bus on the local cloud. Each test stocks SKUs of its
 * own, so the tests do not depend on one another or on the seed.
 */
const topicArn = (service: string) => `arn:aws:sns:${LOCAL_REGION}:${LOCAL_ACCOUNT_ID}:${service}-local-events`;

describe('the order saga on the local cloud', () => {
  let saga: SagaSystem;
  let tap: EventTap;

  beforeAll(async () => {
    saga = await startSagaSystem();
    tap = await tapTopics(saga.system.edge, [topicArn('orders'), topicArn('inventory'), topicArn('payments')], {
      eventBusName: 'commerce-local',
    });
  }, 1_200_000);

  afterAll(async () => {
    await tap?.stop();
    await saga?.stop();
  }, 60_000);

  const stocked = async (name: string, available: number, price: number) => {
    const sku = freshSku(name);
    expect((await saga.setStock(sku, available, price)).status).toBe(200);
    return sku;
  };

  const placed = async (body: unknown, idempotencyKey?: string) => {
    const response = await saga.placeOrder(body, idempotencyKey);
    expect(response).toEqual({ status: 202, body: { orderId: expect.any(String), status: 'PENDING' } });
    return response.body.orderId;
  };

  it('confirms a paid order, charges the reserved total and commits the stock', async () => {
    const sku = await stocked('MUG', 10, 1250);

    const orderId = await placed(orderOf(sku, 2));
    const order = await saga.settledOrder(orderId);

    expect(order).toMatchObject({ status: 'CONFIRMED', total: 2500, items: [{ sku, quantity: 2, unitPrice: 1250 }] });
    expect(order.timeline.map((entry) => entry.type)).toEqual(
      expect.arrayContaining(['OrderPlaced', 'InventoryReserved', 'PaymentSucceeded', 'OrderConfirmed']),
    );
    expect((await saga.payment(orderId)).body).toMatchObject({ status: 'SUCCEEDED', amount: 2500 });
    expect(
      await saga.eventually(
        () => saga.stock(sku),
        (stock) => stock.reserved === 0,
      ),
    ).toMatchObject({
      available: 8,
      reserved: 0,
    });
  }, 120_000);

  it('cancels an order it cannot stock, OUT_OF_STOCK, and leaves the stock untouched', async () => {
    const sku = await stocked('HOODIE', 1, 4500);

    const order = await saga.settledOrder(await placed(orderOf(sku, 3)));

    expect(order).toMatchObject({ status: 'CANCELLED', reason: 'OUT_OF_STOCK' });
    expect(await saga.stock(sku)).toMatchObject({ available: 1, reserved: 0 });
  }, 120_000);

  it('cancels a declined order, PAYMENT_DECLINED, and releases its stock', async () => {
    const sku = await stocked('SNEAKER', 5, 8900);

    const orderId = await placed(orderOf(sku, 2, 'tok_decline'));
    const order = await saga.settledOrder(orderId);

    expect(order).toMatchObject({ status: 'CANCELLED', reason: 'PAYMENT_DECLINED' });
    expect((await saga.payment(orderId)).body).toMatchObject({ status: 'FAILED', reason: 'DECLINED' });
    expect(
      await saga.eventually(
        () => saga.stock(sku),
        (stock) => stock.reserved === 0,
      ),
    ).toMatchObject({
      available: 5,
      reserved: 0,
    });
  }, 120_000);

  it('confirms a tok_flaky order after the provider failed twice, retried through the queue', async () => {
    const sku = await stocked('SOCKS', 5, 1200);

    const orderId = await placed(orderOf(sku, 1, 'tok_flaky'));
    const order = await saga.settledOrder(orderId, 90_000);

    expect(order.status).toBe('CONFIRMED');
    const payment = (await saga.payment(orderId)).body;
    expect(payment.status).toBe('SUCCEEDED');
    expect(payment.attempts.map((attempt) => attempt.outcome)).toEqual([
      'TRANSIENT_ERROR',
      'TRANSIENT_ERROR',
      'SUCCEEDED',
    ]);
  }, 150_000);

  it('places one order for a repeated POST with the same Idempotency-Key', async () => {
    const sku = await stocked('TOTE', 10, 1450);
    const body = orderOf(sku, 1);
    const key = randomUUID();

    // Two at once: one places the order, the other replays it or is told the first is still running (409).
    const [first, second] = await Promise.all([saga.placeOrder(body, key), saga.placeOrder(body, key)]);
    const third = await saga.placeOrder(body, key);
    const orderIds = [first!, second!, third].filter((r) => r.status === 202).map((r) => r.body.orderId);

    expect(third.status).toBe(202);
    expect(new Set(orderIds)).toEqual(new Set([third.body.orderId]));
    expect((await saga.settledOrder(third.body.orderId)).status).toBe('CONFIRMED');
    expect(
      await saga.eventually(
        () => saga.stock(sku),
        (stock) => stock.reserved === 0,
      ),
    ).toMatchObject({
      available: 9,
    });
    expect((await saga.placeOrder({ ...body, items: [{ sku, quantity: 2 }] }, key)).status).toBe(409);
  }, 120_000);

  it('changes nothing when OrderPlaced and InventoryReserved are delivered twice', async () => {
    const sku = await stocked('COASTER', 10, 800);
    const orderId = await placed(orderOf(sku, 3));
    const ofThisOrder = (type: string) => (event: { envelope: { type: string; data: { orderId: string } } }) =>
      event.envelope.type === type && event.envelope.data.orderId === orderId;
    await saga.settledOrder(orderId);
    const [orderPlaced] = await tap.events(ofThisOrder('OrderPlaced'));
    const [reserved] = await tap.events(ofThisOrder('InventoryReserved'));
    const [succeeded] = await tap.events(ofThisOrder('PaymentSucceeded'));

    await tap.republish(orderPlaced!);
    await tap.republish(reserved!);
    // Payments answers the duplicate by publishing its recorded outcome again, the same event:
    // proof that the duplicate was delivered and handled, not lost.
    const outcomes = await tap.events(ofThisOrder('PaymentSucceeded'), 2);

    expect(outcomes.map((event) => event.envelope.id)).toEqual([succeeded!.envelope.id, succeeded!.envelope.id]);
    expect((await saga.payment(orderId)).body.attempts).toHaveLength(1);
    const order = (await saga.order(orderId)).body;
    expect(order.status).toBe('CONFIRMED');
    const eventIds = order.timeline.map((entry) => entry.eventId);
    expect(new Set(eventIds).size).toBe(eventIds.length);
    expect(await saga.stock(sku)).toMatchObject({ available: 7, reserved: 0 });
  }, 120_000);

  it('never oversells scarce stock to concurrent orders', async () => {
    const sku = await stocked('POSTER', 5, 1000);

    // 16 orders, 4 requests in flight at a time: concurrent, yet bounded, since each request that
    // sls offline cannot hand to a warm worker pays a cold start against the router's 6 s timeout.
    const orderIds: string[] = [];
    for (let wave = 0; wave < 4; wave += 1) {
      orderIds.push(...(await Promise.all(Array.from({ length: 4 }, () => placed(orderOf(sku, 1))))));
    }
    const orders = await Promise.all(orderIds.map((orderId) => saga.settledOrder(orderId, 120_000)));

    // A tally, so a failure shows every outcome at once (and any reason other than OUT_OF_STOCK).
    const tally: Record<string, number> = {};
    for (const { status, reason } of orders) tally[reason ?? status] = (tally[reason ?? status] ?? 0) + 1;
    expect(tally).toEqual({ CONFIRMED: 5, OUT_OF_STOCK: 11 });
    expect(
      await saga.eventually(
        () => saga.stock(sku),
        (stock) => stock.reserved === 0,
      ),
    ).toMatchObject({
      available: 0,
      reserved: 0,
    });
  }, 180_000);

  // After every scenario above: what the listeners of the saga made of all of its orders.
  describe('after every scenario', () => {
    /** The events each outcome's saga consists of, by type. */
    const eventsOf = (order: OrderView): string[] => {
      if (order.status === 'CONFIRMED') {
        return [
          'OrderPlaced',
          'InventoryReserved',
          'PaymentSucceeded',
          'OrderConfirmed',
          'InventoryCommitted',
          'NotificationSent',
        ];
      }
      if (order.reason === 'PAYMENT_DECLINED') {
        return [
          'OrderPlaced',
          'InventoryReserved',
          'PaymentFailed',
          'OrderCancelled',
          'InventoryReleased',
          'NotificationSent',
        ];
      }
      return ['OrderPlaced', 'InventoryReservationFailed', 'OrderCancelled', 'NotificationSent'];
    };

    it("traces every order's saga on platform, every event once and each after its cause", async () => {
      const orders = await Promise.all(saga.accepted().map((orderId) => saga.settledOrder(orderId)));

      for (const order of orders) {
        const expected = eventsOf(order);
        const { body: trace } = await saga.eventually(
          () => saga.trace(order.correlationId),
          ({ status, body }) => status === 200 && body.events.length >= expected.length,
          // A delivery that timed out under load comes back after its queue's 90 s visibility timeout.
          150_000,
        );
        const position = new Map(trace.events.map((event, index) => [event.eventId, index]));
        const afterItsCause = (event: { causationId: string }, index: number) =>
          (position.get(event.causationId) ?? Number.POSITIVE_INFINITY) < index;

        expect(trace.events.map((event) => event.type).sort()).toEqual([...expected].sort());
        expect(trace.events[0]).toMatchObject({ type: 'OrderPlaced', causationId: order.correlationId });
        expect(trace.events.slice(1).map((event, index) => [event.type, afterItsCause(event, index + 1)])).toEqual(
          trace.events.slice(1).map((event) => [event.type, true]),
        );
        expect(Math.min(...trace.events.map((event) => event.deliveryLatencyMs))).toBeGreaterThanOrEqual(0);
      }
    }, 400_000);

    it('tells each customer how their order ended exactly once, in the mailbox and in the API', async () => {
      const orders = await Promise.all(saga.accepted().map((orderId) => saga.settledOrder(orderId)));

      for (const order of orders) {
        const template = order.status === 'CONFIRMED' ? 'order-confirmed' : 'order-cancelled';
        const { body } = await saga.eventually(
          () => saga.notifications(order.orderId),
          ({ status, body: listed }) =>
            status === 200 && listed.notifications.some((notification) => notification.status === 'SENT'),
          150_000,
        );

        expect(body.notifications).toEqual([expect.objectContaining({ template, status: 'SENT' })]);
        expect(saga.mailboxOf(order.orderId)).toEqual([expect.objectContaining({ template })]);
      }
    }, 400_000);

    /** What orders reports of every accepted order, in analytics' terms. */
    const ordersReport = async () => {
      const orders = await Promise.all(saga.accepted().map((orderId) => saga.settledOrder(orderId)));
      const revenue: Record<string, number> = {};
      const cancellations: Record<string, number> = {};
      for (const order of orders) {
        if (order.status === 'CONFIRMED') revenue[order.currency!] = (revenue[order.currency!] ?? 0) + order.total!;
        if (order.reason) cancellations[order.reason] = (cancellations[order.reason] ?? 0) + 1;
      }
      const confirmed = orders.filter((order) => order.status === 'CONFIRMED').length;
      return {
        orders: { placed: orders.length, confirmed, cancelled: orders.length - confirmed, pending: 0 },
        revenue,
        cancellations,
      };
    };
    const countsOf = ({ orders, revenue, cancellations }: AnalyticsSummary) => ({ orders, revenue, cancellations });
    const consumerQueues = [
      'analytics-local-record-event',
      'platform-local-audit',
      'notifications-local-notify-customer',
    ];

    it('counts in analytics exactly what orders reports', async () => {
      const expected = await ordersReport();

      const summary = await saga
        .eventually(
          () => saga.analytics(),
          (counted) => JSON.stringify(countsOf(counted)) === JSON.stringify(expected),
        )
        .catch(async () => saga.analytics());

      expect(countsOf(summary)).toEqual(expected);
      expect(summary.latencyMs.count).toBe(expected.orders.confirmed);
      expect(summary.latencyMs.p50).toBeGreaterThan(0);
    }, 120_000);

    it('changes no count, message or trace when every event of the run is delivered twice more', async () => {
      await drained(saga.system.edge, consumerQueues);
      const before = await saga.analytics();
      const traces = await Promise.all(
        saga.accepted().map(async (orderId) => (await saga.trace((await saga.order(orderId)).body.correlationId)).body),
      );
      const events = await tap.all();

      for (const event of [...events, ...events]) {
        await tap.deliverTo('analytics-local-record-event', event);
        await tap.deliverTo('platform-local-audit', event);
        if (['OrderConfirmed', 'OrderCancelled'].includes(event.envelope.type)) {
          await tap.deliverTo('notifications-local-notify-customer', event);
        }
      }
      await drained(saga.system.edge, consumerQueues);

      expect(events.length).toBeGreaterThan(saga.accepted().length * 4);
      expect(countsOf(await saga.analytics())).toEqual(countsOf(before));
      expect((await saga.analytics()).eventsByType).toEqual(before.eventsByType);
      for (const trace of traces) {
        expect((await saga.trace(trace.correlationId)).body).toEqual(trace);
      }
      for (const orderId of saga.accepted()) {
        expect((await saga.notifications(orderId)).body.notifications).toHaveLength(1);
        expect(saga.mailboxOf(orderId)).toHaveLength(1);
      }
    }, 240_000);

    it('shows on the dashboard, in Chromium, what analytics counts, and refreshes by itself', async () => {
      const counted = await saga.analytics();
      const dashboard = await openDashboard(saga.dashboardUrl());
      try {
        await dashboard.until('orders-placed', String(counted.orders.placed));
        const shown = await dashboard.figures();

        expect(shown).toMatchObject({
          'orders-placed': String(counted.orders.placed),
          'orders-confirmed': String(counted.orders.confirmed),
          'orders-cancelled': String(counted.orders.cancelled),
          'orders-pending': '0',
        });
        expect(shown['latency-p50']).toMatch(/\d/);
        expect(shown['updated-at']).not.toBe('');

        // One more order: the open page shows it without being reloaded.
        const sku = await stocked('KEYRING', 1, 500);
        await saga.settledOrder(await placed(orderOf(sku, 1)));
        expect(await dashboard.until('orders-confirmed', String(counted.orders.confirmed + 1))).toBe(
          String(counted.orders.confirmed + 1),
        );
        expect(dashboard.problems).toEqual([]);
      } finally {
        // The test's artifact: what a person would have seen (artifacts/ is ignored by git).
        await dashboard.screenshot(join(process.cwd(), 'artifacts', 'dashboard.png'));
        await dashboard.close();
      }
    }, 120_000);
  });
});
