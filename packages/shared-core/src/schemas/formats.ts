/**
 * The string formats our schemas may use, as plain regular expressions. ajv inlines a RegExp format
 * into standalone code, whereas ajv-formats' function formats compile to `require()` calls that an
 * ESM bundle cannot load; keeping these as regexes is what keeps generated validators dependency-free.
 */
export const FORMATS: Record<string, RegExp> = {
  // RFC 3339 section 5.6 date-time, as AWS and `Date#toISOString()` produce it.
  'date-time':
    /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/i,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  // Deliberately loose (one @, a dot in the domain): deliverability is the mail provider's call.
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
};
