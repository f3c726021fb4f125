/**
 * GraphML: actors as nodes, one edge per relationship (undirected for symmetric
 * types), with the date, the bounds (earliest and latest day, either unknown: left out)
 * and the CAMEO codes as data.
 */
import { fragment } from 'xmlbuilder2';
import { ONTOLOGY } from '../domain/ontology';
import type { ExportEdge, ExportNode } from '../graph/export';
import { edgeId } from './gexf';
import type { Sink } from './sink';

const NODE_KEYS = ['name', 'kind'] as const;
const EDGE_KEYS = ['type', 'event', 'date', 'precision', 'earliest', 'latest', 'cameo', 'goldstein'] as const;

export async function writeGraphml(
  sink: Sink,
  nodes: readonly ExportNode[],
  edges: readonly ExportEdge[],
): Promise<void> {
  const key = (id: string, target: string, type = 'string') =>
    `  <key id="${id}" for="${target}" attr.name="${id}" attr.type="${type}"/>\n`;
  await sink(
    '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n' +
      NODE_KEYS.map((k) => key(k, 'node')).join('') +
      EDGE_KEYS.map((k) => key(k, 'edge', k === 'goldstein' ? 'double' : 'string')).join('') +
      '  <graph id="actors" edgedefault="directed">\n',
  );
  for (const node of nodes) {
    const element = fragment().ele('node', { id: node.id });
    element.ele('data', { key: 'name' }).txt(node.name);
    element.ele('data', { key: 'kind' }).txt(node.kind);
    await sink(`    ${element.end()}\n`);
  }
  for (const edge of edges) {
    const info = ONTOLOGY[edge.type];
    const element = fragment().ele('edge', {
      id: edgeId(edge),
      source: edge.from,
      target: edge.to,
      directed: String(!info.symmetric),
    });
    const data: Record<(typeof EDGE_KEYS)[number], string | number | null> = {
      type: edge.type,
      event: edge.event,
      date: edge.date,
      precision: edge.precision,
      earliest: edge.earliest,
      latest: edge.latest,
      cameo: info.cameo.join(' ') || null,
      goldstein: info.goldstein,
    };
    for (const k of EDGE_KEYS) if (data[k] !== null) element.ele('data', { key: k }).txt(String(data[k]));
    await sink(`    ${element.end()}\n`);
  }
  await sink('  </graph>\n</graphml>\n');
}
