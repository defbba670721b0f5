/**
 * The entries whose value is set: an absent optional property is left out of an SDK request,
 * so AWS's default applies, rather than sent as an empty value.
 *
 * @internal
 */
export const definedEntries = (entries: Readonly<Record<string, string | undefined>>): Record<string, string> =>
  Object.fromEntries(Object.entries(entries).filter((entry): entry is [string, string] => entry[1] !== undefined));
