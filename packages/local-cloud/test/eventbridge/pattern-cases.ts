/**
 * Shapes the pattern tables: one section per documented example pattern, each example a sentence,
 * the event and whether EventBridge matches it. A row's name ends with the section it checks, a
 * page (and anchor) under https://docs.aws.amazon.com/eventbridge/latest/userguide/, or the Event
 * Ruler README (https://github.com/aws/event-ruler) where the guide is silent.
 */
export interface PatternSection {
  doc: string;
  /** The pattern as an object, or as JSON text where the text itself matters (duplicate keys). */
  pattern: object | string;
  examples: [sentence: string, event: object, matches: boolean][];
}

export interface PatternRow {
  name: string;
  pattern: object | string;
  event: object;
  matches: boolean;
}

export const rowsOf = (sections: PatternSection[]): PatternRow[] =>
  sections.flatMap(({ doc, pattern, examples }) =>
    examples.map(([sentence, event, matches]) => ({ name: `${sentence} (${doc})`, pattern, event, matches })),
  );

/**
 * An event as EventBridge delivers it to a rule, with `detail` and any top-level field replaced.
 * The envelope is the guide's EC2 example (eb-event-patterns.html).
 */
export const eventWith = (detail: object, topLevel: object = {}): object => ({
  version: '0',
  id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '111122223333',
  time: '2017-12-22T18:43:48Z',
  region: 'us-west-1',
  resources: ['arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0'],
  detail,
  ...topLevel,
});
