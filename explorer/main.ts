/**
 * The explorer page: wires the controls, the drawing (graph.ts) and the side panel
 * to the GraphQL API (api.ts). State the browser tests read is on window.explorer.
 */
import type { EdgeSingular, NodeSingular } from 'cytoscape';
import * as api from './api';
import { dayInterval, isoDay, sliderRange } from './dates';
import { byId, h, safeUrl } from './dom';
import { ExplorerGraph, KIND_STYLE, typeColour } from './graph';
import { isPathMode, isRelationType, type PathMode, type RelationType } from './schema';
import { pathRangeText, whenText } from './when';

/** The first view draws at most this many events; search and expand reach the rest. */
const INITIAL_EVENTS = 1_000;
/** Lists in the side panel stop here: a list of 2,000 links helps nobody. */
const LISTED = 60;
/**
 * Affiliations start on when the first view holds at most this many people (three role requests):
 * they make a storyline read as one network. A bigger view is drawn as a disc, which they only clutter.
 */
const AFFILIATIONS_AT_FIRST = 300;

const graph = new ExplorerGraph(byId('graph'));
const panel = byId<HTMLElement>('panel');
const status = byId<HTMLElement>('status');
const fromSlider = byId<HTMLInputElement>('time-from');
const toSlider = byId<HTMLInputElement>('time-to');
const undated = byId<HTMLInputElement>('time-undated');
const typeList = byId<HTMLElement>('type-list');
const pathMode = byId<HTMLSelectElement>('path-mode');
const affiliations = byId<HTMLInputElement>('affiliations');

/** The path mode menu, in this order, the first chosen; keyed by the schema's enum, so every mode has a label. */
const PATH_MODE_LABELS: Record<PathMode, string> = {
  SHORTEST: 'Shortest',
  ALL_SHORTEST: 'All shortest',
  K_SHORTEST: 'K shortest',
  TIME_RESPECTING: 'Time-respecting',
};
pathMode.replaceChildren(
  ...Object.entries(PATH_MODE_LABELS).map(([mode, label]) => h('option', { value: mode }, label)),
);

declare global {
  interface Window {
    explorer: { cy: ExplorerGraph['cy']; graph: ExplorerGraph; loadedMs: number | null };
  }
}
window.explorer = { cy: graph.cy, graph, loadedMs: null };

function say(message: string, error = false): void {
  status.textContent = message;
  status.classList.toggle('error', error);
}

/** Runs a user action, turning its failure into a message instead of an unhandled rejection. */
function act(action: () => Promise<void>): void {
  action().catch((error: unknown) => say(error instanceof Error ? error.message : String(error), true));
}

// ---- filters -------------------------------------------------------------

let dayRange: { first: number; last: number } | null = null;

function selectedTypes(): Set<RelationType> {
  return new Set(
    [...typeList.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value).filter(isRelationType),
  );
}

function applyFilter(moved?: HTMLInputElement): void {
  let from = Number(fromSlider.value);
  let to = Number(toSlider.value);
  // The handles never cross: the one being moved pushes the other.
  if (from > to) {
    if (moved === fromSlider) to = from;
    else from = to;
    fromSlider.value = String(from);
    toSlider.value = String(to);
  }
  byId('time-from-value').textContent = isoDay(from);
  byId('time-to-value').textContent = isoDay(to);
  fromSlider.setAttribute('aria-valuetext', isoDay(from));
  toSlider.setAttribute('aria-valuetext', isoDay(to));
  const range = sliderRange(from, to, dayRange);
  graph.setFilter({ from: range.from, to: range.to, undated: undated.checked, types: selectedTypes() });
}

function setUpFilters(overview: api.Overview): void {
  const first = dayInterval(overview.stats.firstDate);
  const last = dayInterval(overview.stats.lastDate);
  if (first !== null && last !== null) {
    dayRange = { first: first.start, last: last.end };
    for (const slider of [fromSlider, toSlider]) {
      slider.min = String(dayRange.first);
      slider.max = String(dayRange.last);
    }
    fromSlider.value = String(dayRange.first);
    toSlider.value = String(dayRange.last);
  } else {
    fromSlider.disabled = toSlider.disabled = true;
  }
  typeList.replaceChildren(
    ...overview.types.map((type) =>
      h(
        'label',
        { class: 'inline', title: type.description ?? type.name },
        h('input', { type: 'checkbox', value: type.name, checked: '' }),
        h('span', { class: 'swatch line', style: `background:${typeColour(type.name)}`, 'aria-hidden': 'true' }),
        type.name.toLowerCase(),
      ),
    ),
  );
  byId('kind-list').replaceChildren(
    ...Object.values(KIND_STYLE).map((kind) =>
      h(
        'span',
        { class: 'kind' },
        h('span', { class: `swatch ${kind.shape}`, style: `background:${kind.colour}`, 'aria-hidden': 'true' }),
        kind.label,
      ),
    ),
  );
  fromSlider.addEventListener('input', () => applyFilter(fromSlider));
  toSlider.addEventListener('input', () => applyFilter(toSlider));
  undated.addEventListener('change', () => applyFilter());
  typeList.addEventListener('change', () => applyFilter());
  applyFilter();
}

// ---- side panel ------------------------------------------------------------

function showActorList(): void {
  const nodes = graph.cy
    .nodes()
    .not('.filtered')
    .sort(
      (a, b) =>
        (b.data('degree') as number) - (a.data('degree') as number) ||
        String(a.data('name')).localeCompare(b.data('name')),
    );
  const shown = nodes.slice(0, LISTED);
  panel.replaceChildren(
    h('h2', {}, 'Actors in view'),
    h('p', { class: 'hint' }, 'Select an actor here or in the graph; click a line to read the events behind it.'),
    h(
      'ul',
      { class: 'actors' },
      shown.map((node) =>
        h(
          'li',
          {},
          actorButton(node.id(), node.data('name') as string),
          h('span', { class: 'count' }, ` ${node.data('degree')} link${node.data('degree') === 1 ? '' : 's'}`),
        ),
      ),
    ),
    nodes.length > shown.length
      ? h('p', { class: 'hint' }, `and ${nodes.length - shown.length} more: use "Find an actor".`)
      : '',
  );
}

function actorButton(id: string, name: string): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'link' }, name);
  button.addEventListener('click', () => act(() => focusActor(id)));
  return button;
}

async function showActor(id: string): Promise<void> {
  const actor = await api.actorDetails(id);
  if (actor === null) throw new Error(`No actor has the id "${id}".`);
  const node = graph.cy.$id(id);
  const neighbours = node.connectedEdges().not('.filtered').connectedNodes().not(node);
  const expand = h('button', { type: 'button' }, 'Expand counterparts');
  expand.addEventListener('click', () =>
    act(async () => {
      await expandActor(id);
      await showActor(id);
    }),
  );
  panel.replaceChildren(
    h('h2', {}, actor.name),
    h('p', { class: 'kind' }, KIND_STYLE[actor.kind].label),
    actor.aliases.length > 0 ? h('p', {}, 'Also: ', actor.aliases.join('; ')) : '',
    actor.roles.length > 0
      ? h(
          'ul',
          {},
          actor.roles.map((r) => h('li', {}, r.title, r.of !== null ? ` of ${r.of.name}` : '')),
        )
      : '',
    expand,
    h('h3', {}, `Linked in view (${neighbours.length})`),
    h(
      'ul',
      { class: 'actors' },
      neighbours.slice(0, LISTED).map((n) => h('li', {}, actorButton(n.id(), n.data('name') as string))),
    ),
    neighbours.length > LISTED ? h('p', { class: 'hint' }, `and ${neighbours.length - LISTED} more.`) : '',
  );
}

async function showEdge(edge: EdgeSingular): Promise<void> {
  const type = edge.data('type') as string;
  const a = edge.source();
  const b = edge.target();
  const title = `${a.data('name')} – ${b.data('name')}`;
  if (type === 'ROLE') {
    const role = edge.data('label') as string | undefined;
    panel.replaceChildren(
      h('h2', {}, title),
      h('p', {}, role !== undefined ? `${role}: ` : '', 'an affiliation (a role held), not an event.'),
    );
    return;
  }
  if (!isRelationType(type))
    throw new Error(`An edge's type is ROLE or one of the schema's relation types, not "${type}".`);
  panel.replaceChildren(h('h2', {}, title), h('p', {}, 'Loading the events…'));
  const events = await api.pairEvents(a.id(), b.id(), type);
  panel.replaceChildren(
    h('h2', {}, title),
    h(
      'p',
      { class: 'kind' },
      h('span', { class: 'swatch line', style: `background:${typeColour(type)}`, 'aria-hidden': 'true' }),
      ` ${type.toLowerCase()}, ${events.length} event(s)`,
    ),
    h(
      'ol',
      { class: 'events' },
      events.map((event) => eventItem(event, graph.eventVisible(edge.id(), event.id))),
    ),
  );
}

function eventItem(event: api.EventDetails, visible: boolean): HTMLLIElement {
  return h(
    'li',
    { class: visible ? 'event' : 'event outside', 'data-event-id': event.id },
    h(
      'p',
      { class: 'what' },
      h('strong', {}, event.type),
      ' ',
      h('time', {}, whenText(event)),
      event.location !== null ? ` in ${event.location}` : '',
      visible ? '' : ' (outside the filters)',
    ),
    h('p', { class: 'who' }, event.participants.map((p) => `${p.actor.name} (${p.role.toLowerCase()})`).join(', ')),
    event.sources.map((source) => {
      const url = safeUrl(source.article.url);
      const title = source.article.title ?? 'Untitled article';
      return h(
        'figure',
        {},
        h('blockquote', {}, source.sentence),
        h(
          'figcaption',
          {},
          url !== null
            ? h('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, title)
            : h('cite', {}, title),
          source.article.published !== null ? `, ${source.article.published}` : '',
          source.article.source !== null ? ` (${source.article.source})` : '',
        ),
      );
    }),
  );
}

function showPathList(from: string, to: string, paths: { length: number; hops: api.Hop[] }[]): void {
  panel.replaceChildren(
    h('h2', {}, `Paths from ${from} to ${to}`),
    paths.length === 0
      ? h('p', {}, 'No path within the hops, types and dates chosen.')
      : h(
          'ol',
          { class: 'paths' },
          paths.map((path) =>
            h(
              'li',
              {},
              h('p', {}, `${path.length} hop(s)`),
              h(
                'ol',
                { class: 'hops' },
                path.hops.map((hop) => h('li', {}, hopText(hop))),
              ),
            ),
          ),
        ),
  );
}

/** "Sergei Lavrov → Abbas Araghchi: briefing, between Feb. 18 and Mar. 4, 2025", and the hop's days on the path. */
function hopText(hop: api.Hop): string {
  const what =
    hop.event !== null ? `${hop.event.type.toLowerCase()}, ${whenText(hop.event)}` : `role (${hop.role ?? ''})`;
  const range = pathRangeText(hop.between);
  return `${hop.from.name} → ${hop.to.name}: ${what}${range !== null ? ` (${range})` : ''}`;
}

// ---- actions ---------------------------------------------------------------

/** When affiliations are on, asks the roles of the persons drawn whose roles are not known yet (one request). */
async function loadAffiliations(): Promise<void> {
  if (!affiliations.checked) return;
  const persons = graph.personsWithoutRoles();
  if (persons.length === 0) return;
  graph.addRoles(persons, await api.affiliations(persons));
}

async function expandActor(id: string): Promise<void> {
  say('Loading counterparts…');
  const { actor, events } = await api.counterpartEvents(id);
  graph.pin(actor.id);
  await graph.addEvents(events, { near: actor.id });
  await loadAffiliations();
  if (!graph.cy.hasElementWithId(actor.id)) {
    // An actor without events still gets a node, so that selecting it shows something.
    graph.cy.add({
      group: 'nodes',
      data: {
        id: actor.id,
        name: actor.name,
        shape: KIND_STYLE[actor.kind].shape,
        colour: KIND_STYLE[actor.kind].colour,
        size: 18,
        degree: 0,
      },
    });
  }
  graph.refresh();
  say(`${actor.name}: ${counterpartCount(events)} counterpart(s) drawn. ${countsText()}`);
}

/** The distinct counterparts of counterpartEvents' events, each of which lists the actor, then its counterpart. */
function counterpartCount(events: api.GraphEvent[]): number {
  return new Set(events.flatMap((e) => e.participants.slice(1).map((p) => p.actor.id))).size;
}

async function focusActor(id: string): Promise<void> {
  if (!graph.cy.hasElementWithId(id)) await expandActor(id);
  graph.pin(id);
  graph.refresh();
  const node = graph.cy.$id(id);
  graph.cy.elements().unselect();
  node.select();
  graph.cy.animate({ center: { eles: node }, duration: 250 });
  await showActor(id);
}

function countsText(): string {
  const visible = graph.cy.elements().not('.filtered');
  return `${visible.nodes().length} actors and ${visible.edges().length} links in view.`;
}

function centreOf(box: { x1: number; x2: number; y1: number; y2: number }): { x: number; y: number } {
  return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
}

function inputValue(id: string): string {
  return byId<HTMLInputElement>(id).value.trim();
}

async function findPaths(): Promise<void> {
  const [from, to] = await Promise.all([
    api.actorNamed(inputValue('path-from')),
    api.actorNamed(inputValue('path-to')),
  ]);
  const types = selectedTypes();
  const allTypes = typeList.querySelectorAll('input').length;
  // The search honours the filters, so that the path it finds is one the graph shows.
  const range = sliderRange(Number(fromSlider.value), Number(toSlider.value), dayRange);
  const mode = pathMode.value;
  if (!isPathMode(mode)) throw new Error(`The path mode menu offers the schema's path modes only, not "${mode}".`);
  say('Searching paths…');
  const found = await api.paths({
    from: from.id,
    to: to.id,
    mode,
    maxHops: Number(inputValue('path-hops')),
    viaRoles: byId<HTMLInputElement>('path-roles').checked,
    types: types.size === allTypes ? null : [...types],
    since: range.since,
    until: range.until,
  });
  await graph.showPaths(found);
  await loadAffiliations();
  if (found.length > 0) {
    graph.cy.fit(graph.cy.elements('.path'), 60);
    // A short path would fill the screen at maximum zoom; keep its neighbourhood in sight.
    if (graph.cy.zoom() > 1.2)
      graph.cy.zoom({ level: 1.2, position: centreOf(graph.cy.elements('.path').boundingBox()) });
  }
  showPathList(from.name, to.name, found);
  say(
    found.length === 0
      ? `No path from ${from.name} to ${to.name}.`
      : `${found.length} path(s) from ${from.name} to ${to.name}.`,
  );
}

let suggestTimer: number | undefined;
function suggest(input: HTMLInputElement): void {
  window.clearTimeout(suggestTimer);
  const text = input.value.trim();
  if (text.length < 2) return;
  suggestTimer = window.setTimeout(
    () =>
      act(async () => {
        const actors = await api.suggestions(text);
        byId('actor-suggestions').replaceChildren(
          ...actors.map((a) => h('option', { value: a.name }, KIND_STYLE[a.kind].label)),
        );
      }),
    150,
  );
}

async function loadInitialGraph(): Promise<void> {
  // The first page of events is asked for alongside the overview: one round trip less before the first drawing.
  const [overview, firstPage] = await Promise.all([api.overview(), api.eventsPage(null)]);
  setUpFilters(overview);
  let after: string | null = null;
  let drawn = 0;
  let total: number;
  do {
    const page: Awaited<ReturnType<typeof api.eventsPage>> = drawn === 0 ? firstPage : await api.eventsPage(after);
    total = page.total;
    // Laid out once at the end, with the affiliations, not after every page.
    await graph.addEvents(page.events, { layout: false });
    drawn += page.events.length;
    after = page.next;
    say(`Loading events: ${drawn} of ${total}…`);
  } while (after !== null && drawn < INITIAL_EVENTS);
  const crowded = graph.personsWithoutRoles().length > AFFILIATIONS_AT_FIRST;
  if (crowded) affiliations.checked = false;
  graph.showAffiliations(affiliations.checked);
  // The affiliations join the layout: a person lies near the state they serve.
  await loadAffiliations();
  graph.layout();
  window.explorer.loadedMs = performance.now();
  document.body.dataset.state = 'ready';
  say(readyText(drawn, total, crowded));
  showActorList();
}

/** The status once the first view is drawn: what is in view, what is not yet, and why affiliations are off. */
function readyText(drawn: number, total: number, crowded: boolean): string {
  if (total === 0) return 'The graph is empty: ingest some articles (npm run ingest).';
  return [
    countsText(),
    drawn < total ? `Showing the first ${drawn} of ${total} events: find an actor to explore the rest.` : '',
    crowded ? `Affiliations are off with more than ${AFFILIATIONS_AT_FIRST} people in view.` : '',
  ]
    .filter((part) => part !== '')
    .join(' ');
}

// ---- wiring ----------------------------------------------------------------

graph.cy.on('tap', 'node', (event) => act(() => showActor((event.target as NodeSingular).id())));
graph.cy.on('dbltap', 'node', (event) => act(() => expandActor((event.target as NodeSingular).id())));
graph.cy.on('tap', 'edge', (event) => act(() => showEdge(event.target as EdgeSingular)));
graph.cy.on('tap', (event) => {
  if (event.target === graph.cy) showActorList();
});

byId<HTMLFormElement>('search').addEventListener('submit', (event) => {
  event.preventDefault();
  act(async () => {
    const text = inputValue('search-name');
    const { actor, exact } = await api.actorForSearch(text);
    await focusActor(actor.id);
    if (!exact) say(`Showing ${actor.name}, the closest match to "${text}".`);
  });
});
byId<HTMLFormElement>('path').addEventListener('submit', (event) => {
  event.preventDefault();
  act(findPaths);
});
byId('path-clear').addEventListener('click', () => {
  graph.clearPaths();
  showActorList();
  say(countsText());
});
byId('fit').addEventListener('click', () => graph.cy.fit(graph.cy.elements().not('.filtered'), 30));
byId('relayout').addEventListener('click', () => graph.layout());
affiliations.addEventListener('change', () =>
  act(async () => {
    await loadAffiliations();
    graph.showAffiliations(affiliations.checked);
    say(countsText());
  }),
);
graph.showAffiliations(affiliations.checked);
// A narrower window (a phone turned, a side panel opened) gets the whole graph refitted into it.
new ResizeObserver(() => {
  graph.cy.resize();
  graph.cy.fit(graph.cy.elements().not('.filtered'), 30);
}).observe(byId('graph'));
for (const id of ['search-name', 'path-from', 'path-to']) {
  const input = byId<HTMLInputElement>(id);
  input.addEventListener('input', () => suggest(input));
}

act(async () => {
  try {
    await loadInitialGraph();
  } catch (error) {
    document.body.dataset.state = 'error';
    throw error;
  }
});
