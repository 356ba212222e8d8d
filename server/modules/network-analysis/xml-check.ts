// A small strict XML 1.0 reader for tests: there is no XML parser among the dependencies, and the GraphML export
// must be well-formed (one root, matching tags, quoted and unique attributes, only the predefined entities and
// character references, no raw "<" or "&", only characters XML allows). Throws on the first fault, naming the offset.

export type XmlElement = { name: string; attributes: Record<string, string>; children: XmlElement[]; text: string };

const nameStart = /[A-Za-z_:]/;
const nameChar = /[A-Za-z0-9_:.\-]/;
const forbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

export function checkWellFormedXml(xml: string): XmlElement {
  let i = 0;
  const fail = (message: string): never => {
    throw new Error(`XML at ${i}: ${message}`);
  };
  const forbiddenAt = xml.search(forbidden);
  if (forbiddenAt >= 0) {
    i = forbiddenAt;
    fail('character not allowed in XML');
  }
  const skipSpace = () => {
    while (i < xml.length && /\s/.test(xml[i] as string)) i++;
  };
  const readName = () => {
    if (!nameStart.test(xml[i] ?? '')) fail('name expected');
    const start = i;
    while (i < xml.length && nameChar.test(xml[i] as string)) i++;
    return xml.slice(start, i);
  };
  const decode = (raw: string) =>
    raw.replace(/&([^;]*);|&|</g, (match, ref: string | undefined) => {
      if (match === '<') return fail('raw "<" in text or attribute');
      if (ref === undefined) return fail('bare "&"');
      const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
      if (ref in named) return named[ref] as string;
      const code = /^#x[0-9a-fA-F]+$/.test(ref) ? parseInt(ref.slice(2), 16) : /^#[0-9]+$/.test(ref) ? parseInt(ref.slice(1), 10) : fail(`unknown entity &${ref};`);
      return String.fromCodePoint(code);
    });
  const skipMisc = () => {
    for (;;) {
      skipSpace();
      if (xml.startsWith('<!--', i)) {
        const end = xml.indexOf('-->', i + 4);
        if (end < 0) fail('unclosed comment');
        i = end + 3;
      } else if (xml.startsWith('<?', i)) {
        const end = xml.indexOf('?>', i + 2);
        if (end < 0) fail('unclosed processing instruction');
        i = end + 2;
      } else return;
    }
  };

  function readElement(): XmlElement {
    if (xml[i] !== '<') fail('"<" expected');
    i++;
    const element: XmlElement = { name: readName(), attributes: {}, children: [], text: '' };
    for (;;) {
      const before = i;
      skipSpace();
      if (xml.startsWith('/>', i)) {
        i += 2;
        return element;
      }
      if (xml[i] === '>') {
        i++;
        break;
      }
      if (i === before) fail('space expected before an attribute');
      const name = readName();
      if (name in element.attributes) fail(`duplicate attribute ${name}`);
      skipSpace();
      if (xml[i] !== '=') fail('"=" expected');
      i++;
      skipSpace();
      const quote = xml[i];
      if (quote !== '"' && quote !== "'") fail('quoted value expected');
      const end = xml.indexOf(quote as string, i + 1);
      if (end < 0) fail('unclosed attribute value');
      element.attributes[name] = decode(xml.slice(i + 1, end));
      i = end + 1;
    }
    for (;;) {
      const next = xml.indexOf('<', i);
      if (next < 0) fail(`unclosed element ${element.name}`);
      element.text += decode(xml.slice(i, next));
      i = next;
      if (xml.startsWith('</', i)) {
        i += 2;
        const name = readName();
        if (name !== element.name) fail(`</${name}> closes <${element.name}>`);
        skipSpace();
        if (xml[i] !== '>') fail('">" expected');
        i++;
        return element;
      }
      if (xml.startsWith('<!--', i) || xml.startsWith('<?', i)) skipMisc();
      else element.children.push(readElement());
    }
  }

  if (!xml.startsWith('<?xml ')) fail('XML declaration expected');
  skipMisc();
  const root = readElement();
  skipMisc();
  if (i !== xml.length) fail('content after the root element');
  return root;
}
