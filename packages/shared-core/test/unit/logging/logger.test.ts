import { ConflictError } from '../../../src/errors/index.js';
import { captureLogs } from '../../helpers/log-capture.js';

describe('createLogger', () => {
  it('writes one JSON line per entry with service, level, time and message', () => {
    const { log, lines } = captureLogs('payments');

    log.child({ correlationId: 'corr-1' }).info({ orderId: 'o-1' }, 'charged');

    expect(lines()).toEqual([
      expect.objectContaining({
        service: 'payments',
        level: 'info',
        correlationId: 'corr-1',
        orderId: 'o-1',
        message: 'charged',
      }),
    ]);
    expect(Date.parse(lines()[0]?.['time'] as string)).not.toBeNaN();
  });

  it('redacts payment tokens, card data and credentials at any depth', () => {
    const { log, lines } = captureLogs();

    log.info(
      {
        paymentToken: 'tok_live_1',
        event: { data: { paymentToken: 'tok_live_2', card: { cardNumber: '4242424242424242', cvc: '123' } } },
        headers: { authorization: 'Bearer abc', 'x-api-key': 'key-1' },
        items: [{ sku: 'SKU-1', paymentToken: 'tok_live_3' }],
      },
      'received',
    );

    const written = JSON.stringify(lines());
    for (const secret of [
      'tok_live_1',
      'tok_live_2',
      'tok_live_3',
      '4242424242424242',
      '"123"',
      'Bearer abc',
      'key-1',
    ]) {
      expect(written).not.toContain(secret);
    }
    expect(written).toContain('SKU-1');
    expect(written).toContain('[REDACTED]');
  });

  it('redacts secrets in child bindings and header names of any case, without touching the caller’s objects', () => {
    const { log, lines } = captureLogs();
    const headers = { Authorization: 'Bearer xyz', accept: 'application/json' };

    log.child({ request: { headers } }).info('received');

    expect(JSON.stringify(lines())).not.toContain('Bearer xyz');
    expect(lines()[0]).toMatchObject({
      request: { headers: { Authorization: '[REDACTED]', accept: 'application/json' } },
    });
    expect(headers.Authorization).toBe('Bearer xyz');
  });

  it('redacts secrets carried by a thrown error, its details and its cause', () => {
    const { log, lines } = captureLogs();
    const cause = Object.assign(new Error('provider said no'), { request: { paymentToken: 'tok_in_cause' } });
    const error = new ConflictError('charge refused', { details: { paymentToken: 'tok_in_details' }, cause });

    log.error({ err: error }, 'failed');

    const written = JSON.stringify(lines());
    expect(written).not.toMatch(/tok_in_details|tok_in_cause/);
    expect(written).toContain('charge refused');
  });

  it('redacts fields of class instances and under snake_case or other spellings', () => {
    const { log, lines } = captureLogs();
    class Request {
      card_number = '4111111111111111';
      cookies = ['session=abc'];
      sku = 'SKU-1';
    }

    log.info({ request: new Request() }, 'received');

    const written = JSON.stringify(lines());
    expect(written).not.toMatch(/4111111111111111|session=abc/);
    expect(written).toContain('SKU-1');
  });

  it('drops what lies deeper than it walks instead of logging it unredacted', () => {
    const { log, lines } = captureLogs();
    let deep: Record<string, unknown> = { paymentToken: 'tok_deep' };
    for (let level = 0; level < 12; level += 1) deep = { next: deep };

    log.info({ deep }, 'deep');

    expect(JSON.stringify(lines())).not.toContain('tok_deep');
  });

  it('still writes a line for an object that refers to itself', () => {
    const { log, lines } = captureLogs();
    const looped: Record<string, unknown> = { orderId: 'o-1' };
    looped['self'] = looped;

    log.info({ looped }, 'odd payload');

    expect(lines()[0]).toMatchObject({ message: 'odd payload', looped: { orderId: 'o-1' } });
  });

  it('serialises errors with their type, message and stack', () => {
    const { log, lines } = captureLogs();

    log.error({ err: new TypeError('bad input') }, 'failed');

    expect(lines()[0]?.['err']).toMatchObject({ type: 'TypeError', message: 'bad input', stack: expect.any(String) });
  });
});
