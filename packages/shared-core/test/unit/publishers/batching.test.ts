import { fullJitterBackoff } from '../../../src/publishers/batching.js';
import { perProcess } from '../../../src/publishers/publisher.js';

describe('fullJitterBackoff', () => {
  const random = Math.random;
  afterEach(() => {
    Math.random = random;
  });

  it.each([
    [2, 100],
    [3, 200],
    [4, 400],
    [10, 2_000],
  ])('waits up to its capped exponential ceiling before attempt %i', (attempt, ceiling) => {
    Math.random = () => 0.999_999;

    const longest = fullJitterBackoff(attempt);

    expect(longest).toBeLessThan(ceiling);
    expect(longest).toBeGreaterThan(ceiling * 0.99);
  });

  it('may not wait at all, so that retries spread over the whole window', () => {
    Math.random = () => 0;

    const shortest = fullJitterBackoff(2);

    expect(shortest).toBe(0);
  });
});

describe('perProcess', () => {
  it('makes its value on the first call only, then hands back the same one', () => {
    let made = 0;
    const client = perProcess(() => ({ id: ++made }));

    expect(made).toBe(0);
    const [first, second] = [client(), client()];

    expect(made).toBe(1);
    expect(second).toBe(first);
  });
});
