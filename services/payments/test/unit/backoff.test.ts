import { backoffSeconds } from '../../src/domain/backoff.js';

describe('the retry backoff', () => {
  it('doubles from the base after each failed attempt, up to the cap', () => {
    const settings = { baseSeconds: 5, maxSeconds: 60 };

    expect([1, 2, 3, 4, 5, 6].map((failed) => backoffSeconds(failed, settings))).toEqual([5, 10, 20, 40, 60, 60]);
  });

  it('never asks SQS for more than its 12-hour visibility limit', () => {
    expect(backoffSeconds(30, { baseSeconds: 900, maxSeconds: 10 ** 9 })).toBe(43_200);
  });
});
