import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { eachLine } from '../../src/runner/each-line.js';

describe('eachLine', () => {
  it('hands over a line that arrived in several chunks whole, and skips empty lines', async () => {
    const stream = new PassThrough();
    const lines: string[] = [];
    eachLine(stream, (line) => lines.push(line));

    stream.write('{"message":"event failed",');
    stream.write('"permanent":true}\n\nready\r\n{"message":');
    stream.end('"last"}');
    await once(stream, 'end');
    await new Promise((resolve) => setImmediate(resolve));

    expect(lines).toEqual(['{"message":"event failed","permanent":true}', 'ready', '{"message":"last"}']);
  });
});
