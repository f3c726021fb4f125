/**
 * GEXF 1.3 for Gephi: actors as nodes, one edge per relationship, and the graph in
 * dynamic mode with each edge's date as its spell (start and end), so that Gephi's
 * timeline plays the events. Written element by element (xmlbuilder2 escapes).
 */
import { fragment } from 'xmlbuilder2';
import { ONTOLOGY } from '../domain/ontology';
import type { ExportEdge, ExportNode } from '../graph/export';
import { dateSpan } from './dateSpan';
import type { Sink } from './sink';

const EDGE_ATTRIBUTES = [
  ['type', 'string'],
  ['event', 'string'],
  ['date', 'string'],
  ['precision', 'string'],
  ['cameo', 'string'],
  ['goldstein', 'double'],
] as const;

export function edgeId(edge: ExportEdge): string {
  return `${edge.type}:${edge.event}:${edge.from}:${edge.to}`;
}

export async function writeGexf(sink: Sink, nodes: readonly ExportNode[], edges: readonly ExportEdge[]): Promise<void> {
  await sink(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<gexf xmlns="http://gexf.net/1.3" version="1.3">\n' +
      '  <meta><creator>actor-graph</creator><description>Actors and their dated relationships</description></meta>\n' +
      '  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">\n' +
      '    <attributes class="node"><attribute id="kind" title="kind" type="string"/></attributes>\n' +
      `    <attributes class="edge">${EDGE_ATTRIBUTES.map(([id, type]) => `<attribute id="${id}" title="${id}" type="${type}"/>`).join('')}</attributes>\n` +
      '    <nodes>\n',
  );
  for (const node of nodes) {
    const xml = fragment()
      .ele('node', { id: node.id, label: node.name })
      .ele('attvalues')
      .ele('attvalue', { for: 'kind', value: node.kind })
      .end();
    await sink(`      ${xml}\n`);
  }
  await sink('    </nodes>\n    <edges>\n');
  for (const edge of edges) {
    const span = dateSpan(edge.date);
    const info = ONTOLOGY[edge.type];
    const element = fragment().ele('edge', {
      id: edgeId(edge),
      source: edge.from,
      target: edge.to,
      type: info.symmetric ? 'undirected' : 'directed',
      label: edge.type,
      ...(span === null ? {} : span),
    });
    const values = element.ele('attvalues');
    const attributes: Record<string, string | number | null> = {
      type: edge.type,
      event: edge.event,
      date: edge.date,
      precision: edge.precision,
      cameo: info.cameo.join(' ') || null,
      goldstein: info.goldstein,
    };
    for (const [id, value] of Object.entries(attributes))
      if (value !== null) values.ele('attvalue', { for: id, value: String(value) });
    await sink(`      ${element.end()}\n`);
  }
  await sink('    </edges>\n  </graph>\n</gexf>\n');
}
