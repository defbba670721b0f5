export { compileValidators, SchemaCompileError, type CompileOptions } from './compile.js';
export { FORMATS } from './formats.js';
