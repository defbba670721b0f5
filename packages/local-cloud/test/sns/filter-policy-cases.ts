/**
 * Shapes the test tables: one section per documented example policy, each example a sentence, the
 * message and whether SNS delivers it. The row name ends with the section's doc page, under
 * https://docs.aws.amazon.com/sns/latest/dg/.
 */
export interface DocSection<Message> {
  doc: string;
  policy: object;
  examples: [sentence: string, message: Message, matches: boolean][];
}

export interface CaseRow<Message> {
  name: string;
  policy: object;
  message: Message;
  matches: boolean;
}

export const rowsOf = <Message>(sections: DocSection<Message>[]): CaseRow<Message>[] =>
  sections.flatMap(({ doc, policy, examples }) =>
    examples.map(([sentence, message, matches]) => ({ name: `${sentence} (${doc})`, policy, message, matches })),
  );
