import { join } from 'node:path';
import ts from 'typescript';

const packageDir = join(import.meta.dirname, '..');

/** The .d.ts files tsc would publish for the runtime entry and what it imports, keyed by file name. */
const emitDeclarations = (): Map<string, string> => {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(packageDir, 'tsconfig.build.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('tsconfig.build.json could not be read');
  const program = ts.createProgram([join(packageDir, 'src/index.ts')], {
    ...config.options,
    emitDeclarationOnly: true,
    declarationMap: false,
  });
  const declarations = new Map<string, string>();
  program.emit(undefined, (file, text) => declarations.set(file.replace(/^.*\/dist\//, ''), text));
  return declarations;
};

describe('the published types of @commerce/contracts', () => {
  it('spell out every data type, so consumers need neither the catalog nor json-schema-to-ts', () => {
    const declarations = emitDeclarations();

    const runtimeEntry = ['index.d.ts', 'contracts.d.ts'].map((file) => declarations.get(file) ?? `${file} missing`);

    expect(runtimeEntry.join('\n')).not.toMatch(/json-schema-to-ts|FromSchema|\.\/catalog\/|missing/);
    expect(declarations.get('contracts.d.ts')).toContain('quantity: number;');
  }, 30_000);
});
