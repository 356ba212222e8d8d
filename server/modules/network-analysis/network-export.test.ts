import { describe, expect, it } from 'vitest';
import type { NetworkGraph } from '../../../common/api/network-analysis';
import { toCsv, toGraphml, xmlEscape } from './network-export';
import { checkWellFormedXml } from './xml-check';

const a = '11111111-1111-4111-8111-111111111111';
const b = '22222222-2222-4222-8222-222222222222';
const graph: NetworkGraph = {
  spaceId: null,
  from: '2025-01-01',
  to: '2025-12-31',
  nodes: [
    { id: a, name: 'Kinder & Jugend "Nord" <gGmbH>', type: 'provider_outpatient', degree: 1, weightedDegree: 3 },
    { id: b, name: "=SUMME(A1) O'Brien\u0007", type: 'music_school', degree: 1, weightedDegree: 3 },
  ],
  ties: [{ source: a, target: b, weight: 3, kinds: { meeting: 2, project: 0, contract: 0, referral: 1 }, firstOn: '2025-02-10', lastOn: '2025-11-30' }],
  density: 1,
  isolated: [],
  missingTypes: [],
};

describe('network exports', () => {
  it('the checker itself refuses what is not well-formed', () => {
    expect(() => checkWellFormedXml('<?xml version="1.0"?><a><b></a>')).toThrow();
    expect(() => checkWellFormedXml('<?xml version="1.0"?><a x="1" x="2"/>')).toThrow();
    expect(() => checkWellFormedXml('<?xml version="1.0"?><a>Tom & Jerry</a>')).toThrow();
    expect(() => checkWellFormedXml('<?xml version="1.0"?><a/><b/>')).toThrow();
    expect(() => checkWellFormedXml('<?xml version="1.0"?><a x="<"/>')).toThrow();
    expect(checkWellFormedXml('<?xml version="1.0"?><a x="&lt;&#65;">t&amp;t<b/></a>')).toEqual({ name: 'a', attributes: { x: '<A' }, text: 't&t', children: [{ name: 'b', attributes: {}, text: '', children: [] }] });
  });

  it('GraphML escapes names and drops characters XML does not allow; it reads back to the same names', () => {
    expect(xmlEscape(`<&>"'\u0001`)).toBe('&lt;&amp;&gt;&quot;&apos;');
    const root = checkWellFormedXml(toGraphml(graph));
    const nodes = root.children.find((c) => c.name === 'graph')?.children.filter((c) => c.name === 'node') ?? [];
    expect(nodes.map((n) => n.children.find((d) => d.attributes.key === 'name')?.text)).toEqual(['Kinder & Jugend "Nord" <gGmbH>', "=SUMME(A1) O'Brien"]);
    expect(nodes.map((n) => n.children.find((d) => d.attributes.key === 'typeLabel')?.text)).toEqual(['Freier Träger ambulant', 'music_school']);
    const edge = root.children.find((c) => c.name === 'graph')?.children.find((c) => c.name === 'edge');
    expect(edge?.children.map((d) => [d.attributes.key, d.text])).toEqual([
      ['weight', '3'],
      ['kinds', 'meeting:2,referral:1'],
      ['meeting', '2'],
      ['project', '0'],
      ['contract', '0'],
      ['referral', '1'],
      ['firstOn', '2025-02-10'],
      ['lastOn', '2025-11-30'],
    ]);
  });

  it('CSV: header, German dates, the formula guard of the one CSV writer', () => {
    const text = toCsv(graph).subarray(3).toString('utf8');
    expect(text.split('\r\n')).toEqual([
      'Organisation A;Typ A;Organisation B;Typ B;Gewicht;Treffen;Projekte;Verträge;Vermittlungen;erste;letzte',
      `"Kinder & Jugend ""Nord"" <gGmbH>";Freier Träger ambulant;'=SUMME(A1) O'Brien\u0007;music_school;3;2;0;0;1;10.02.2025;30.11.2025`,
      '',
    ]);
  });
});
