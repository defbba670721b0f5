import { assignPorts, portVariableOf } from '../../src/runner/service-ports.js';

describe('service ports', () => {
  it('gives each saga service its documented port, the Lambda API 100 above and WebSocket 200 above', () => {
    const ports = assignPorts(['orders', 'platform'], {});

    expect(ports.get('orders')).toEqual({ http: 3001, lambda: 3101, websocket: 3201 });
    expect(ports.get('platform')).toEqual({ http: 3006, lambda: 3106, websocket: 3206 });
  });

  it('moves a service when its COMMERCE_PORT_ variable says so', () => {
    const ports = assignPorts(['orders', 'gift-cards'], {
      COMMERCE_PORT_ORDERS: '4001',
      COMMERCE_PORT_GIFT_CARDS: '4011',
    });

    expect(ports.get('orders')?.http).toBe(4001);
    expect(ports.get('gift-cards')?.lambda).toBe(4111);
    expect(portVariableOf('gift-cards')).toBe('COMMERCE_PORT_GIFT_CARDS');
  });

  it('gives services outside the table their own ports from 3011, in name order', () => {
    const ports = assignPorts(['wishlist', 'gift-cards', 'orders'], {});

    expect([ports.get('gift-cards')?.http, ports.get('wishlist')?.http]).toEqual([3011, 3012]);
  });

  it('refuses a port that is not a number or would put the Lambda API out of range', () => {
    expect(() => assignPorts(['orders'], { COMMERCE_PORT_ORDERS: 'eighty' })).toThrow(
      'COMMERCE_PORT_ORDERS=eighty is not a port',
    );
    expect(() => assignPorts(['orders'], { COMMERCE_PORT_ORDERS: '65500' })).toThrow('is not a port');
  });

  it('refuses two services on one port, naming the variable to change', () => {
    expect(() => assignPorts(['orders', 'inventory'], { COMMERCE_PORT_INVENTORY: '3001' })).toThrow(
      /orders and inventory are both on port 3001; set COMMERCE_PORT_ORDERS|inventory and orders are both on port 3001/,
    );
  });
});
