import { ConfigError } from '../../../src/errors/index.js';
import { defineSettings, integer, loadConfig, oneOf, text } from '../../../src/config/index.js';

const spec = {
  ORDERS_TABLE: text(),
  STAGE: oneOf(['dev', 'prod'], { default: 'dev' }),
  BATCH_SIZE: integer({ default: 10, min: 1, max: 10 }),
};

describe('loadConfig', () => {
  it('returns typed values with defaults applied', () => {
    const config = loadConfig(spec, { ORDERS_TABLE: 'orders-dev', BATCH_SIZE: '5' });

    expect(config).toEqual({ ORDERS_TABLE: 'orders-dev', STAGE: 'dev', BATCH_SIZE: 5 });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('names every missing or invalid variable in one error', () => {
    const load = () => loadConfig(spec, { STAGE: 'qa', BATCH_SIZE: '11' });

    expect(load).toThrow(ConfigError);
    expect(load).toThrow(
      'Invalid configuration: ORDERS_TABLE is required; STAGE must be one of dev, prod, got "qa"; BATCH_SIZE must be <= 10',
    );
  });

  it('rejects a number that is not whole', () => {
    expect(() => loadConfig(spec, { ORDERS_TABLE: 't', BATCH_SIZE: '2.5' })).toThrow(
      'BATCH_SIZE must be a whole number, got "2.5"',
    );
  });
});

describe('defineSettings', () => {
  const loadSettings = defineSettings({
    ORDERS_TABLE: text(),
    EVENT_BUS_NAME: text(),
    RETRIES: integer({ default: 3 }),
  });

  it('loads only the settings an entry point names', () => {
    expect(loadSettings(['ORDERS_TABLE'], { ORDERS_TABLE: 'orders-dev' })).toEqual({ ORDERS_TABLE: 'orders-dev' });
  });

  it('names every missing one it was asked for, and none it was not', () => {
    expect(() => loadSettings(['ORDERS_TABLE', 'EVENT_BUS_NAME'], {})).toThrow(
      'ORDERS_TABLE is required; EVENT_BUS_NAME is required',
    );
  });
});
