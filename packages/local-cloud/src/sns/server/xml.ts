/**
 * The XML the awsQuery protocol answers with: structures as nested elements, lists as `<member>`
 * items and string maps as `<entry><key/><value/></entry>` items, as in the response examples of
 * https://docs.aws.amazon.com/sns/latest/api/API_GetTopicAttributes.html.
 */

export type XmlValue = string | number | boolean | undefined | XmlList | XmlStruct;

/** Elements by tag name, written in insertion order; undefined members are left out. */
export interface XmlStruct {
  readonly [tag: string]: XmlValue;
}

/** A list whose items are each wrapped in `<itemTag>`. */
export class XmlList {
  constructor(
    readonly itemTag: string,
    readonly items: readonly XmlValue[],
  ) {}
}

/** A list as the SNS API writes it: `<member>` items. */
export const members = (items: readonly XmlValue[]): XmlList => new XmlList('member', items);

/** A string map as the SNS API writes it (topic and subscription `Attributes`). */
export const entries = (map: Readonly<Record<string, string>>): XmlList =>
  new XmlList(
    'entry',
    Object.entries(map).map(([key, value]) => ({ key, value })),
  );

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A bare CR would be normalised to LF by the reader's XML parser; a character reference survives.
  '\r': '&#13;',
};

/** Text safe inside an element or an attribute value. */
export const escapeXml = (text: string): string => text.replace(/[&<>"'\r]/g, (char) => ESCAPES[char] ?? char);

const renderValue = (value: XmlValue): string => {
  if (value instanceof XmlList) {
    return value.items.map((item) => element(value.itemTag, item)).join('');
  }
  if (typeof value === 'object') {
    return Object.entries(value)
      .map(([tag, child]) => element(tag, child))
      .join('');
  }
  return value === undefined ? '' : escapeXml(String(value));
};

function element(tag: string, value: XmlValue): string {
  return value === undefined ? '' : `<${tag}>${renderValue(value)}</${tag}>`;
}

/** One element and its content, as text. */
export const renderXml = (tag: string, value: XmlValue, attributes = ''): string =>
  `<${tag}${attributes}>${renderValue(value)}</${tag}>`;
