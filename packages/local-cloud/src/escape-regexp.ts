/** `literal` as a regular expression source that matches exactly it (the wildcard operators). */
export const escapeRegExp = (literal: string): string => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
