/** A command a client sent, by its API name (`CreateTopic`) and input. */
export interface RecordedCommand {
  readonly command: string;
  readonly input: Record<string, unknown>;
}

/** What the fake answers for one API: an output, or a throw for an AWS error. */
export type Answer = (input: Record<string, unknown>) => object;

type Handler<I, O> = (args: { input: I }) => Promise<{ output: O; response: unknown }>;

/**
 * A middleware for a real SDK v3 client's stack, at the initialize step (before serialisation):
 * commands with an answer are recorded and answered here, the others go on to the network. So
 * the code under test builds real commands on real clients; only the engine behind them is faked.
 * Added with `client.middlewareStack.add(recordingMiddleware(recorded, answers), { step: 'initialize' })`.
 */
export const recordingMiddleware =
  <I extends object, O extends object>(recorded: RecordedCommand[], answers: Readonly<Record<string, Answer>>) =>
  (next: Handler<I, O>, context: { commandName?: string }): Handler<I, O> =>
  async (args) => {
    const command = (context.commandName ?? '').replace(/Command$/, '');
    const answer = answers[command];
    if (!answer) return next(args);
    const input = { ...args.input } as Record<string, unknown>;
    recorded.push({ command, input });
    // The fake's answers are written per API in the tests; the SDK's output union cannot name which.
    return { output: { $metadata: {}, ...answer(input) } as O, response: {} };
  };

/** An AWS error as the SDK raises it: matched by name. */
export const awsError = (name: string, message: string): Error => Object.assign(new Error(message), { name });
