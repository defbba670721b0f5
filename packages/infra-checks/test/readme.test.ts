import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STACK_CHECKS, SYSTEM_CHECKS, WILDCARD_RESOURCE_EXCEPTIONS } from '../src/index.js';

const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

/** The README's table rows as [first cell, second cell], whatever padding the formatter gave them. */
const rows = readme
  .split('\n')
  .filter((line) => line.startsWith('|'))
  .map((line) => line.split(' | ').map((cell) => cell.replace(/^\|/, '').replace(/\|$/, '').trim()));

describe('the README', () => {
  it.each([...STACK_CHECKS, ...SYSTEM_CHECKS].map((check) => [check.name, check.rule]))(
    'states the rule of %s as the code does',
    (name, rule) => {
      expect(rows).toContainEqual([`\`${name}\``, rule]);
    },
  );

  it.each(Object.entries(WILDCARD_RESOURCE_EXCEPTIONS))(
    'documents why %s is allowed on Resource "*"',
    (action, why) => {
      expect(rows).toContainEqual([`\`${action}\``, why]);
    },
  );
});
