import { ConfigError } from '@commerce/shared-core';
import { loadSettings } from '../../src/config.js';

describe('settings', () => {
  it('reads only the variables an entry point asks for', () => {
    expect(loadSettings(['STOCK_TABLE'], { STOCK_TABLE: 'inventory-dev-stock', EVENT_BUS_NAME: 'x' })).toEqual({
      STOCK_TABLE: 'inventory-dev-stock',
    });
  });

  it('names every missing variable at once', () => {
    expect(() => loadSettings(['STOCK_TABLE', 'RESERVATIONS_TABLE', 'EVENTS_TOPIC_ARN'], {})).toThrow(
      new ConfigError(['STOCK_TABLE is required', 'RESERVATIONS_TABLE is required', 'EVENTS_TOPIC_ARN is required']),
    );
  });

  it('prices in EUR unless told otherwise, and only in currencies it knows the minor unit of', () => {
    expect(loadSettings(['CURRENCY'], {})).toEqual({ CURRENCY: 'EUR' });
    expect(loadSettings(['CURRENCY'], { CURRENCY: 'GBP' })).toEqual({ CURRENCY: 'GBP' });
    expect(() => loadSettings(['CURRENCY'], { CURRENCY: 'JPY' })).toThrow(ConfigError);
  });
});
