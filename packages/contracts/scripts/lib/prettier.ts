import { format, resolveConfig } from 'prettier';

/**
 * Formats generated text the way `prettier --check` expects a file at `path` to look, so the
 * generated files (CATALOG.md, published/*.json) pass the format check without a manual step.
 * The output is deterministic for one prettier version; a prettier upgrade may ask to regenerate.
 */
export const formatFor = async (path: string, text: string): Promise<string> =>
  format(text, { ...(await resolveConfig(path)), filepath: path });
