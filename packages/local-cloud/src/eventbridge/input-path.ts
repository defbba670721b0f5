/**
 * A target's `InputPath`: "The value of the JSONPath that is used for extracting part of the
 * matched event when passing it to the target. You may use JSON dot notation or bracket notation."
 * (https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_Target.html). With neither
 * `Input` nor `InputPath` the whole event is sent; with `InputPath: "$.detail"` only the detail.
 *
 * Supported, a definite path from the root `$`:
 * - dot notation, `$.detail.order-id`, with the characters the input transformer guide lists
 *   (letters, digits, dashes, underscores, forward slashes;
 *   https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-transform-target-input.html);
 * - bracket notation, `$['detail']['order id']` or `$["detail"]`, and array indices, `$.resources[0]`.
 *
 * Unsupported, and refused with an `InputPathError` rather than guessed at: wildcards (`*`),
 * recursive descent (`..`), filters, slices, unions, negative indices and escapes in quoted names.
 */

/** The Target API's length limit for `InputPath`. */
export const MAX_INPUT_PATH_LENGTH = 256;

/** An `InputPath` outside the supported subset of JSONPath, or over its length limit. */
export class InputPathError extends Error {
  override name = 'InputPathError';
  /** The path as given. */
  readonly path: string;

  constructor(path: string, reason: string) {
    super(`InputPath ${JSON.stringify(path)} is not supported: ${reason}`);
    this.path = path;
  }
}

type Step = string | number;

// One step per match: `.name`, `[0]`, `['name']` or `["name"]`, in that order of alternatives.
const STEP = /\.([A-Za-z0-9_\-/]+)|\[(\d+)\]|\['([^'\\]*)'\]|\["([^"\\]*)"\]/y;

const parseSteps = (path: string): Step[] => {
  if (path.length > MAX_INPUT_PATH_LENGTH) throw new InputPathError(path, `longer than ${MAX_INPUT_PATH_LENGTH}`);
  if (!path.startsWith('$')) throw new InputPathError(path, 'a path starts at the root, $');
  const steps: Step[] = [];
  STEP.lastIndex = 1;
  while (STEP.lastIndex < path.length) {
    const at = STEP.lastIndex;
    const match = STEP.exec(path);
    if (match === null) throw new InputPathError(path, `unexpected ${JSON.stringify(path.slice(at))} at ${at}`);
    const [, dotName, index, singleQuoted, doubleQuoted] = match;
    steps.push(index === undefined ? (dotName ?? singleQuoted ?? doubleQuoted ?? '') : Number(index));
  }
  return steps;
};

const stepInto = (value: unknown, step: Step): unknown => {
  if (typeof step === 'number') return Array.isArray(value) ? (value[step] as unknown) : undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return Object.hasOwn(value, step) ? (value as Record<string, unknown>)[step] : undefined;
};

/**
 * The part of a matched event that a target with this `InputPath` receives, or `undefined` when the
 * path selects nothing (AWS does not document what the target receives then; the caller decides).
 *
 * @throws InputPathError when the path is outside the supported subset.
 * @example
 * applyInputPath('$.detail', { source: 'commerce.orders', detail: { orderId: 'o-1' } }); // { orderId: 'o-1' }
 */
export const applyInputPath = (path: string, event: object): unknown =>
  parseSteps(path).reduce<unknown>(stepInto, event);
