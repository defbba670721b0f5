import fc from 'fast-check';

/** Strings that have broken parsers, loggers and key builders before: each is a case of its own. */
const KNOWN_TROUBLE = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff',
  'x\ud83d',
  '\udc00\ud800',
  '\u202eevil\u202c',
  'مرحبا بالعالم',
  'שָׁלוֹם',
  '👩‍👩‍👧‍👦',
  '🧾💳',
  '\ufeff',
  '\u200b\u200d',
  'Ω≈ç√∫˜µ≤≥÷',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  '../..',
  '%00',
  '%',
  '<script>alert(1)</script>',
  "' OR '1'='1",
  '${jndi:ldap://x}',
  '__proto__',
  'constructor',
  '\t\n\r',
  'mug-11oz',
  '8D7E6F5A-4B3C-4D2E-9F1A-0B1C2D3E4F5A ',
] as const;

/** One UTF-16 unit of a surrogate pair, alone: not a character, and not encodable as UTF-8. */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit));

/** Any code point, a lone surrogate now and then, or a piece of right-to-left or emoji text. */
const anyUnit = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: fc.constantFrom('\u0000', '\u202e', '\u200f', '🧾', '👩‍👩‍👧', 'é', 'ß', '\u0301') },
);

/** Text a well-behaved client would never send: control characters, lone surrogates, RTL, emoji, sizes. */
export const nastyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...KNOWN_TROUBLE) },
  { weight: 4, arbitrary: fc.string({ unit: anyUnit, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 129, max: 4000 }).map((length) => 'x'.repeat(length)) },
  { weight: 1, arbitrary: fc.integer({ min: 40, max: 300 }).map((length) => 'é🧾'.repeat(length)) },
);

/** Nasty text with at least one character outside printable ASCII, so no id pattern can accept it. */
export const nonAsciiText = fc
  .tuple(nastyText, fc.constantFrom('\u0000', ' ', '\ud800', '\u202e', '🧾', 'é', '\u00a0'))
  .map(([text, odd]) => `${text}${odd}`);

/**
 * Percent-encodes text as a URL component. A lone surrogate has no UTF-8 form, so it is written as
 * the three bytes it would take (WTF-8): exactly what a sloppy client sends, and not valid UTF-8.
 */
export const percentEncode = (text: string): string =>
  [...text]
    .map((char) => {
      const unit = char.charCodeAt(0);
      if (char.length > 1 || unit < 0xd800 || unit > 0xdfff) return encodeURIComponent(char);
      return [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
        .map((byte) => `%${byte.toString(16).toUpperCase()}`)
        .join('');
    })
    .join('');

/** Raw URL pieces that are not what they seem: bad escapes, encoded slashes and dots, NUL, overlong UTF-8. */
export const oddEscapes = fc.constantFrom(
  '%',
  '%ZZ',
  '%C3%28',
  '%ED%A0%80',
  '%C0%AF',
  '%FF',
  '..',
  '%2e%2e',
  '%2F',
  'a%2Fb',
  '%00',
  '%25',
  '%u0041',
  ';x=1',
  '~',
  '%20',
);

/** A header value Node will send (printable ASCII and Latin-1), never CR, LF, NUL or DEL. */
export const headerText = fc.oneof(
  fc.string({
    unit: fc
      .integer({ min: 0x20, max: 0xff })
      .filter((code) => code !== 0x7f)
      .map((code) => String.fromCharCode(code)),
    maxLength: 60,
  }),
  fc.constantFrom('', ' ', '\t', 'é', 'ÿÿÿ', 'a b', '#', 'x'.repeat(300), 'null', '0'),
);

/** Whether text parses as JSON. */
export const isJson = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};
