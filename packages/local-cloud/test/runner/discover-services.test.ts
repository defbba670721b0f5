import { fileURLToPath } from 'node:url';
import { discoverServices, selectServices } from '../../src/runner/discover-services.js';

const fixtureRoot = fileURLToPath(new URL('../fixtures/system', import.meta.url));

describe('discovering services', () => {
  it('finds every folder under services/ with a serverless.yml, in name order', () => {
    expect(discoverServices(fixtureRoot).map((service) => service.name)).toEqual(['ping', 'pong']);
  });

  it('finds none where there is no services folder', () => {
    expect(discoverServices(fileURLToPath(new URL('.', import.meta.url)))).toEqual([]);
  });

  it('selects the services --only names, and all without it', () => {
    const all = discoverServices(fixtureRoot);

    expect(selectServices(all, ['pong']).map((service) => service.name)).toEqual(['pong']);
    expect(selectServices(all, undefined)).toHaveLength(2);
  });

  it('refuses a name that is not a service instead of ignoring the typo', () => {
    expect(() => selectServices(discoverServices(fixtureRoot), ['pnog'])).toThrow(
      'No service named pnog; the services are ping, pong',
    );
  });
});
