/**
 * GEXF 1.3 for Gephi: actors as nodes, one edge per relationship, and the graph in
 * dynamic mode with each edge's bounds as its spell (start = earliest, end = latest),
 * so that Gephi's timeline plays the events as the API's since/until see them. Written
 * element by element (xmlbuilder2 escapes).
 */
import { fragment } from 'xmlbuilder2';
import { ONTOLOGY } from '../domain/ontology';
import type { ExportEdge, ExportNode } from '../graph/export';
import type { Sink } from './sink';

const EDGE_ATTRIBUTES = [
  ['type', 'string'],
  ['event', 'string'],
  ['date', 'string'],
  ['precision', 'string'],
  ['earliest', 'string'],
  ['latest', 'string'],
  ['cameo', 'string'],
  ['goldstein', 'double'],
] as const;

export function edgeId(edge: ExportEdge): string {
  return `${edge.type}:${edge.event}:${edge.from}:${edge.to}`;
}

/**
 * An edge's spell: from its earliest to its latest day. GEXF reads a missing start or end
 * as an interval open on that side, which is what an unknown bound is: an event known only
 * to precede a report of March 4 spans everything up to March 4. Without any bound the edge
 * has no spell and Gephi shows it at every time (a since/until export has left it out).
 */
export function spellOf(edge: ExportEdge): { start?: string; end?: string } {
  return {
    ...(edge.earliest === null ? {} : { start: edge.earliest }),
    ...(edge.latest === null ? {} : { end: edge.latest }),
  };
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
    const info = ONTOLOGY[edge.type];
    const element = fragment().ele('edge', {
      id: edgeId(edge),
      source: edge.from,
      target: edge.to,
      type: info.symmetric ? 'undirected' : 'directed',
      label: edge.type,
      ...spellOf(edge),
    });
    const values = element.ele('attvalues');
    const attributes: Record<string, string | number | null> = {
      type: edge.type,
      event: edge.event,
      date: edge.date,
      precision: edge.precision,
      earliest: edge.earliest,
      latest: edge.latest,
      cameo: info.cameo.join(' ') || null,
      goldstein: info.goldstein,
    };
    for (const [id, value] of Object.entries(attributes))
      if (value !== null) values.ele('attvalue', { for: id, value: String(value) });
    await sink(`      ${element.end()}\n`);
  }
  await sink('    </edges>\n  </graph>\n</gexf>\n');
}
