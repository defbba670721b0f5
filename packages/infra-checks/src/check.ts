import type { Stack } from './template.js';

/** One thing wrong in a template: the resource (logical id) and what to change, in a sentence. */
export interface Finding {
  readonly resource: string;
  readonly message: string;
}

/** A rule over one service's stack. */
export interface StackCheck {
  /** Short and stable, for reports and for silencing nothing: there is no allow-list. */
  readonly name: string;
  /** The rule, as the README states it. */
  readonly rule: string;
  readonly run: (stack: Stack) => Finding[];
}

/** A rule over every service's stack of one stage at once (what no single stack can tell). */
export interface SystemCheck {
  readonly name: string;
  readonly rule: string;
  readonly run: (stacks: readonly Stack[]) => (Finding & { readonly service: string })[];
}

/** A finding with where it was found, as the report prints it. */
export interface Violation extends Finding {
  readonly check: string;
  readonly service: string;
  readonly stage: string;
}
