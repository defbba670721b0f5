import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSnapshots, writeMissingSnapshots } from '../scripts/lib/snapshot-files.js';

const schemaV1 = { type: 'object', properties: { orderId: { type: 'string' } } };

describe('writeMissingSnapshots', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'contracts-published-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a snapshot for a version that has none, readable as the same schema', async () => {
    const written = await writeMissingSnapshots([{ type: 'OrderShipped', version: 1, schema: schemaV1 }], dir);

    expect(written).toEqual(['OrderShipped.v1.json']);
    expect(readSnapshots(dir)).toEqual(new Map([['OrderShipped.v1.json', schemaV1]]));
  });

  it('never overwrites an existing snapshot, even when the schema has changed', async () => {
    writeFileSync(join(dir, 'OrderShipped.v1.json'), '{"released": true}\n');

    const written = await writeMissingSnapshots(
      [{ type: 'OrderShipped', version: 1, schema: { ...schemaV1, required: ['orderId'] } }],
      dir,
    );

    expect(written).toEqual([]);
    expect(readFileSync(join(dir, 'OrderShipped.v1.json'), 'utf8')).toBe('{"released": true}\n');
  });
});
