/**
 * The parameters of an awsQuery request (`Action=Publish&TopicArn=...&MessageAttributes.entry.1.Name=...`),
 * with the two nestings the SNS API uses: lists as `<name>.member.N.<field>` and maps as
 * `<name>.entry.N.<key|Name>` / `<name>.entry.N.<value|Value...>`.
 * See https://docs.aws.amazon.com/sns/latest/api/CommonParameters.html and the request examples of
 * https://docs.aws.amazon.com/sns/latest/api/API_Publish.html.
 */
import { SnsError } from './sns-error.js';

export class QueryParams {
  private constructor(private readonly values: ReadonlyMap<string, string>) {}

  /** Reads a form-urlencoded body; parameters in the URL's query string count too. */
  static parse(body: string, search = ''): QueryParams {
    const values = new Map<string, string>();
    for (const source of [new URLSearchParams(search), new URLSearchParams(body)]) {
      for (const [name, value] of source) values.set(name, value);
    }
    return new QueryParams(values);
  }

  get(name: string): string | undefined {
    return this.values.get(name);
  }

  /** A parameter the action cannot do without; AWS answers its absence with a ValidationError. */
  require(name: string): string {
    const value = this.values.get(name);
    if (value === undefined) {
      throw new SnsError(
        'ValidationError',
        `1 validation error detected: Value null at '${name}' failed to satisfy constraint: Member must not be null`,
      );
    }
    return value;
  }

  /** The parameters under `<prefix>.`, with the prefix taken off. */
  scoped(prefix: string): QueryParams {
    const start = `${prefix}.`;
    const scoped = new Map<string, string>();
    for (const [name, value] of this.values) {
      if (name.startsWith(start)) scoped.set(name.slice(start.length), value);
    }
    return new QueryParams(scoped);
  }

  /**
   * The items of `<prefix>.<item>.N...` in index order (`item` is `member` for lists, `entry` for
   * maps). Indices are sorted numerically rather than assumed contiguous from 1.
   */
  items(prefix: string, item: 'member' | 'entry'): QueryParams[] {
    const within = this.scoped(`${prefix}.${item}`);
    const indices = new Set<number>();
    for (const name of within.values.keys()) {
      const index = Number(name.split('.', 1)[0]);
      if (Number.isInteger(index)) indices.add(index);
    }
    return [...indices].sort((a, b) => a - b).map((index) => within.scoped(String(index)));
  }

  /** A string map such as `Attributes.entry.N.key` / `Attributes.entry.N.value`. */
  stringMap(prefix: string): Record<string, string> {
    const map: Record<string, string> = {};
    for (const entry of this.items(prefix, 'entry')) {
      const key = entry.get('key');
      if (key !== undefined) map[key] = entry.get('value') ?? '';
    }
    return map;
  }
}
