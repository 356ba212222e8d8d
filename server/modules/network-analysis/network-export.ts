import type { NetworkGraph } from '../../../common/api/network-analysis';
import { tieKinds } from '../../../common/meeting-terms';
import { type OrganizationType, organizationTypeLabels } from '../../../common/social-space-terms';
import type { Ctx } from '../../platform/context';
import { writeExcelCsv } from '../../platform/excel-csv';
import { buildNetwork, type NetworkInput } from './network-graph';
import { networkAnalysisPolicy } from './network-analysis.policy';

// The network for other tools: GraphML (Gephi, yEd, Cytoscape) and CSV for German Excel.

// XML 1.0 allows no control characters but tab, line feed and carriage return, not even escaped.
const notXmlChar = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
export const xmlEscape = (text: string) =>
  text.replace(notXmlChar, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string);

const typeLabel = (type: string) => organizationTypeLabels[type as OrganizationType] ?? type;
const kindsText = (kinds: NetworkGraph['ties'][number]['kinds']) => tieKinds.filter((k) => kinds[k] > 0).map((k) => `${k}:${kinds[k]}`).join(',');

/** GraphML 1.0, undirected; node and edge attributes declared as keys, so tools read them by name. */
export function toGraphml(graph: NetworkGraph): string {
  const data = (key: string, value: string | number) => `<data key="${key}">${xmlEscape(String(value))}</data>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="typeLabel" for="node" attr.name="typeLabel" attr.type="string"/>',
    '  <key id="degree" for="node" attr.name="degree" attr.type="int"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <key id="kinds" for="edge" attr.name="kinds" attr.type="string"/>',
    ...tieKinds.map((k) => `  <key id="${k}" for="edge" attr.name="${k}" attr.type="int"/>`),
    '  <key id="firstOn" for="edge" attr.name="firstOn" attr.type="string"/>',
    '  <key id="lastOn" for="edge" attr.name="lastOn" attr.type="string"/>',
    `  <graph id="${xmlEscape(graph.spaceId ? `space-${graph.spaceId}` : 'office')}" edgedefault="undirected">`,
    ...graph.nodes.map((n) => `    <node id="${xmlEscape(n.id)}">${data('name', n.name)}${data('type', n.type)}${data('typeLabel', typeLabel(n.type))}${data('degree', n.degree)}</node>`),
    ...graph.ties.map(
      (t, i) =>
        `    <edge id="e${i + 1}" source="${xmlEscape(t.source)}" target="${xmlEscape(t.target)}">${data('weight', t.weight)}${data('kinds', kindsText(t.kinds))}${tieKinds.map((k) => data(k, t.kinds[k])).join('')}${data('firstOn', t.firstOn)}${data('lastOn', t.lastOn)}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}

const germanDate = (iso: string) => iso.split('-').reverse().join('.');

/** One row per tie: both organisations with their type, the weight, the counts per kind, first and last day. */
export function toCsv(graph: NetworkGraph): Buffer {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const header = ['Organisation A', 'Typ A', 'Organisation B', 'Typ B', 'Gewicht', 'Treffen', 'Projekte', 'Verträge', 'Vermittlungen', 'erste', 'letzte'];
  const rows = graph.ties.map((t) => {
    const a = nodes.get(t.source);
    const b = nodes.get(t.target);
    return [a?.name ?? t.source, a ? typeLabel(a.type) : '', b?.name ?? t.target, b ? typeLabel(b.type) : '', t.weight, t.kinds.meeting, t.kinds.project, t.kinds.contract, t.kinds.referral, germanDate(t.firstOn), germanDate(t.lastOn)];
  });
  return writeExcelCsv([header, ...rows]);
}

export const exportNetworkGraphml = async (ctx: Ctx, input: NetworkInput) => toGraphml(await buildNetwork(ctx, networkAnalysisPolicy.exportNetwork, input));
export const exportNetworkCsv = async (ctx: Ctx, input: NetworkInput) => toCsv(await buildNetwork(ctx, networkAnalysisPolicy.exportNetwork, input));
