/**
 * The catalog's side of a new service: it is one of `SERVICES`, and a consumer of the event its
 * receiver takes. `pnpm check:infra` holds each service's rules to the catalog's consumers, so the
 * two change together. Edits are made on the syntax tree's positions, so a reformatted file still
 * takes them, and a file whose shape changed fails with its name rather than being mangled.
 */
import ts from 'typescript';

/** Where the scaffold's receiver subscribes, in the catalog (packages/contracts/src/catalog/...). */
export const SERVICES_FILE = 'packages/contracts/src/catalog/services.ts';
export const CONSUMED_EVENT = {
  type: 'OrderConfirmed',
  version: 1,
  file: 'packages/contracts/src/catalog/events/order-confirmed.ts',
  entry: 'orderConfirmedV1',
} as const;

const parse = (file: string, text: string) => ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);

/** The array literal a top-level `const <name> = ...` holds, under `as const` or a call's object argument. */
const findArray = (file: string, text: string, variable: string, property?: string): ts.ArrayLiteralExpression => {
  const source = parse(file, text);
  let found: ts.ArrayLiteralExpression | undefined;
  const visit = (node: ts.Node, inside: boolean): void => {
    if (found) return;
    const here = inside || (ts.isVariableDeclaration(node) && node.name.getText(source) === variable);
    if (here && ts.isArrayLiteralExpression(node) && !property) found = node;
    if (
      here &&
      property &&
      ts.isPropertyAssignment(node) &&
      node.name.getText(source) === property &&
      ts.isArrayLiteralExpression(node.initializer)
    ) {
      found = node.initializer;
    }
    ts.forEachChild(node, (child) => visit(child, here));
  };
  visit(source, false);
  if (!found) {
    throw new Error(`${file}: no ${property ? `\`${property}\` array in ` : 'array in '}\`${variable}\` to add to`);
  }
  return found;
};

/** `text` with `element` appended to the array literal `array` (the formatter tidies the layout). */
const appendTo = (text: string, array: ts.ArrayLiteralExpression, element: string): string => {
  const last = array.elements.at(-1);
  const at = last ? last.getEnd() : array.getStart() + 1;
  return `${text.slice(0, at)}${last ? ', ' : ''}${element}${text.slice(at)}`;
};

/** services.ts with `name` appended to SERVICES. */
export const withService = (text: string, name: string): string =>
  appendTo(text, findArray(SERVICES_FILE, text, 'SERVICES'), `'${name}'`);

/** The consumed event's file with `name` among its consumers, for `purpose`. */
export const withConsumer = (text: string, name: string, purpose: string): string =>
  appendTo(
    text,
    findArray(CONSUMED_EVENT.file, text, CONSUMED_EVENT.entry, 'consumers'),
    // JSON's double quotes are a valid TypeScript string; the formatter makes them single.
    `{ service: '${name}', purpose: ${JSON.stringify(purpose)} }`,
  );

/** The services SERVICES lists, read from its source (the built package may be stale). */
export const catalogServices = (text: string): string[] =>
  findArray(SERVICES_FILE, text, 'SERVICES').elements.flatMap((element) =>
    ts.isStringLiteral(element) ? [element.text] : [],
  );
