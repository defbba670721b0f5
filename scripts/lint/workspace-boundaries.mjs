// @ts-check
import { dirname, relative, resolve, sep } from 'node:path';

/**
 * `no-restricted-imports` matches import strings, so `../../orders/src/x.js` written from inside
 * services/inventory slips past it. This rule resolves each relative import against the importing
 * file and refuses it when it lands in another workspace package or service (packages/<name>/ or
 * services/<name>/), which is the boundary that matters.
 */
const workspaceUnit = (root, file) => {
  const [group, name] = relative(root, file).split(sep);
  return (group === 'packages' || group === 'services') && name ? `${group}/${name}` : undefined;
};

/** @type {import('eslint').Rule.RuleModule} */
const noRelativeCrossing = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid relative imports that leave the current package or service' },
    messages: {
      crossing: '"{{source}}" reaches into {{target}}: import a package by its name, and never import another service.',
    },
    schema: [],
  },
  create(context) {
    const root = context.cwd;
    const own = workspaceUnit(root, context.filename);
    const check = (node) => {
      const source = node.source && node.source.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = workspaceUnit(root, resolve(dirname(context.filename), source));
      if (target !== own && (own !== undefined || target !== undefined)) {
        context.report({ node, messageId: 'crossing', data: { source, target: target ?? 'the repository root' } });
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export const workspaceBoundaries = { rules: { 'no-relative-crossing': noRelativeCrossing } };
