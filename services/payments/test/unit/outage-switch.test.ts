import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outageSwitch } from '../../src/provider/outage-switch.js';

describe("the local stage's provider outage switch", () => {
  const dir = mkdtempSync(join(tmpdir(), 'payments-outage-'));
  const flagFile = join(dir, 'provider-down');

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is on while the flag file exists and off once it is gone, looking again on every call', () => {
    const outage = outageSwitch(flagFile);
    const before = outage();

    writeFileSync(flagFile, '');
    const during = outage();
    rmSync(flagFile);

    expect([before, during, outage()]).toEqual([false, true, false]);
  });

  it('is off for good without a flag file, as in every deployed stage', () => {
    expect(outageSwitch(undefined)()).toBe(false);
    expect(outageSwitch('')()).toBe(false);
  });
});
