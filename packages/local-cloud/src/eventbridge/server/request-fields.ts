/**
 * Typed reads of an awsJson1_1 request body. A field of the wrong JSON type is a
 * SerializationException, as AWS answers a body its model cannot read; a missing required field or
 * one outside its constraints is a ValidationException worded like AWS's
 * (`1 validation error detected: Value null at 'name' failed to satisfy constraint: ...`), the
 * member named in lowerCamelCase as AWS names it.
 */
import { isJsonObject } from '../json-values.js';
import { EventBridgeError, validation } from './eventbridge-error.js';

/** A field's length and character constraints, from the API reference's "Length Constraints" and "Pattern". */
export interface Constraint {
  readonly min: number;
  readonly max: number;
  readonly pattern?: RegExp;
}

const memberOf = (path: string, name: string): string => `${path}${name.charAt(0).toLowerCase()}${name.slice(1)}`;

const refuse = (member: string, value: unknown, constraint: string): EventBridgeError =>
  validation(
    `1 validation error detected: Value ${value === undefined ? 'null' : `'${String(value)}'`} at '${member}' ` +
      `failed to satisfy constraint: ${constraint}`,
  );

export class RequestFields {
  private constructor(
    private readonly values: Readonly<Record<string, unknown>>,
    private readonly path: string,
  ) {}

  /** The fields of a request body; an empty body is an empty request, as the SDK sends for `{}` inputs. */
  static parse(text: string): RequestFields {
    let body: unknown;
    try {
      body = JSON.parse(text || '{}');
    } catch (error) {
      throw new EventBridgeError('SerializationException', 'The request body is not valid JSON', { cause: error });
    }
    if (!isJsonObject(body))
      throw new EventBridgeError('SerializationException', 'The request body is not a JSON object');
    return new RequestFields(body, '');
  }

  has(name: string): boolean {
    return this.values[name] !== undefined && this.values[name] !== null;
  }

  optionalString(name: string, constraint?: Constraint): string | undefined {
    const value = this.read(name, 'a string', (raw): raw is string => typeof raw === 'string');
    if (value !== undefined && constraint) this.check(name, value, constraint);
    return value;
  }

  string(name: string, constraint?: Constraint): string {
    const value = this.optionalString(name, constraint);
    if (value === undefined) throw refuse(memberOf(this.path, name), value, 'Member must not be null');
    return value;
  }

  optionalInteger(name: string, min: number, max: number): number | undefined {
    const value = this.read(name, 'an integer', (raw): raw is number => Number.isInteger(raw));
    if (value !== undefined && (value < min || value > max)) {
      throw refuse(memberOf(this.path, name), value, `Member must have value between ${min} and ${max}`);
    }
    return value;
  }

  /** A timestamp, which the SDK sends as epoch seconds (fractional for milliseconds). */
  optionalTimestamp(name: string): Date | undefined {
    const value = this.read(name, 'a timestamp', (raw): raw is number | string =>
      ['number', 'string'].includes(typeof raw),
    );
    if (value === undefined) return undefined;
    const date = typeof value === 'number' ? new Date(value * 1000) : new Date(value);
    if (Number.isNaN(date.getTime())) throw refuse(memberOf(this.path, name), value, 'Member must be a timestamp');
    return date;
  }

  /** A list of strings with between `min` and `max` items; absent reads as empty. */
  stringList(name: string, min: number, max: number): string[] {
    const items =
      this.read(
        name,
        'a list of strings',
        (raw): raw is string[] => Array.isArray(raw) && raw.every((item) => typeof item === 'string'),
      ) ?? [];
    this.checkCount(name, items.length, min, max);
    return items;
  }

  /** A list of structures, each read with its own member path (`targets.1.member.id`). */
  list(name: string, min: number, max: number): RequestFields[] {
    const items =
      this.read(
        name,
        'a list of objects',
        (raw): raw is Record<string, unknown>[] => Array.isArray(raw) && raw.every(isJsonObject),
      ) ?? [];
    this.checkCount(name, items.length, min, max);
    const member = memberOf(this.path, name);
    return items.map((item, index) => new RequestFields(item, `${member}.${index + 1}.member.`));
  }

  private read<T>(name: string, kind: string, is: (raw: unknown) => raw is T): T | undefined {
    const raw = this.values[name];
    if (raw === undefined || raw === null) return undefined;
    if (!is(raw)) throw new EventBridgeError('SerializationException', `${memberOf(this.path, name)} must be ${kind}`);
    return raw;
  }

  private checkCount(name: string, count: number, min: number, max: number): void {
    if (count < min || count > max) {
      throw refuse(memberOf(this.path, name), `${count} items`, `Member must have length between ${min} and ${max}`);
    }
  }

  private check(name: string, value: string, { min, max, pattern }: Constraint): void {
    const member = memberOf(this.path, name);
    if (value.length < min || value.length > max) {
      throw refuse(member, value, `Member must have length between ${min} and ${max}`);
    }
    if (pattern && !pattern.test(value)) {
      throw refuse(
        member,
        value,
        `Member must satisfy regular expression pattern: ${pattern.source.replace(/^\^|\$$/g, '')}`,
      );
    }
  }
}
