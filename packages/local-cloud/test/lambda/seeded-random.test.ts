import { seededRandom, seedFor, shuffled } from '../../src/lambda/seeded-random.js';

const draws = (seed: number, count: number) => {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => random());
};

describe('the seeded random numbers that order chaos deliveries', () => {
  it('draws the same numbers for the same seed, and others for another seed', () => {
    expect(draws(42, 5)).toEqual(draws(42, 5));
    expect(draws(43, 5)).not.toEqual(draws(42, 5));
  });

  it('draws numbers from 0 up to, not including, 1, spread over the range', () => {
    const numbers = draws(7, 1_000);

    expect(numbers.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(numbers.filter((value) => value < 0.5).length).toBeGreaterThan(400);
    expect(numbers.filter((value) => value < 0.5).length).toBeLessThan(600);
  });

  it('gives each queue a seed of its own from one run seed', () => {
    expect(seedFor(1, 'arn:aws:sqs:us-east-1:000000000000:a')).toBe(seedFor(1, 'arn:aws:sqs:us-east-1:000000000000:a'));
    expect(seedFor(1, 'arn:aws:sqs:us-east-1:000000000000:a')).not.toBe(
      seedFor(1, 'arn:aws:sqs:us-east-1:000000000000:b'),
    );
    expect(seedFor(1, 'arn:aws:sqs:us-east-1:000000000000:a')).not.toBe(
      seedFor(2, 'arn:aws:sqs:us-east-1:000000000000:a'),
    );
  });

  it('shuffles into a permutation of the items, the same one for the same seed, leaving the input alone', () => {
    const items = Array.from({ length: 20 }, (_, index) => index);

    const once = shuffled(items, seededRandom(5));

    expect(once).toEqual(shuffled(items, seededRandom(5)));
    expect(once).not.toEqual(items);
    expect([...once].sort((a, b) => a - b)).toEqual(items);
    expect(items).toEqual(Array.from({ length: 20 }, (_, index) => index));
  });
});
