import { escapeRegExp } from '../escape-regexp.js';
import { EventPatternError } from './event-pattern-error.js';

/**
 * The `wildcard` operator ("Wildcard matching",
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html#eb-filtering-wildcard-matching):
 * `*` stands for zero or more characters; two in a row are refused; `\*` is a literal asterisk and
 * `\\` a literal backslash, and a backslash before anything else is refused. The reasons follow
 * Event Ruler's wording (0-based positions; Event Ruler counts UTF-8 bytes, this counts UTF-16 units).
 */

/**
 * The wildcard pattern as an anchored regular expression (`s`: `*` spans line breaks too).
 * @throws EventPatternError when the pattern has `**` or an unsupported escape.
 * @internal
 */
export const compileWildcard = (pattern: string): RegExp => {
  let source = '';
  let afterWildcard = false;
  for (let position = 0; position < pattern.length; position += 1) {
    const character = pattern.charAt(position);
    if (character === '*') {
      if (afterWildcard) throw new EventPatternError(`Consecutive wildcard characters at pos ${position - 1}`);
      source += '.*';
      afterWildcard = true;
      continue;
    }
    afterWildcard = false;
    if (character === '\\') {
      const escaped = pattern.charAt(position + 1);
      if (escaped !== '*' && escaped !== '\\')
        throw new EventPatternError(`Invalid escape character at pos ${position}`);
      source += escapeRegExp(escaped);
      position += 1;
      continue;
    }
    source += escapeRegExp(character);
  }
  return new RegExp(`^${source}$`, 's');
};
