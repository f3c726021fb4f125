/**
 * The drawing: actors as nodes (shape and colour by kind, size by degree), one edge
 * per pair of actors and relation type (colour by type) carrying that pair's events
 * of the type. Elements arrive in chunks, one per animation frame, so that a
 * 2,000-actor neighbourhood draws progressively instead of freezing the page.
 */
import cytoscape, { type Core, type EdgeSingular, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { ActorRef, Affiliation, GraphEvent, Hop } from './api';
import { boundsInterval, withinRange, type DayInterval } from './dates';
import { isRelationType, type ActorKind, type RelationType } from './schema';
import { lineTiming, timingOf, type Timing } from './when';

export const KIND_STYLE: Record<ActorKind, { shape: cytoscape.Css.NodeShape; colour: string; label: string }> = {
  PERSON: { shape: 'ellipse', colour: '#4c78a8', label: 'Person' },
  STATE: { shape: 'round-rectangle', colour: '#8c6d31', label: 'State' },
  ORGANIZATION: { shape: 'diamond', colour: '#7b4173', label: 'Organisation' },
};

/**
 * One colour per relation type (colour-blind-safe where it matters most: the communication types).
 * Keyed by the schema's enum, so a type added to the schema fails the type check until it has a colour.
 */
export const TYPE_COLOURS: Record<RelationType, string> = {
  CALL: '#0072b2',
  MEETING: '#009e73',
  MEDIATION: '#cc79a7',
  ALLIANCE: '#56b4e9',
  NEGOTIATION: '#e69f00',
  BRIEFING: '#7f7f7f',
  STATEMENT: '#bcbd22',
  CRITICISM: '#d55e00',
  THREAT: '#a50026',
  SANCTION: '#6a3d9a',
  CONFLICT: '#000000',
  AGREEMENT: '#1b9e77',
  COOPERATION: '#66a61e',
  SUPPLY: '#a6761d',
};
const OTHER_COLOUR = '#999999';
/** Affiliations (ROLE lines) are grey and dashed finer than a bounded event's line, and say the role. */
const ROLE_COLOUR = '#8a8a8a';
/** A relation type's colour; other edge types (ROLE) get grey. */
export const typeColour = (type: string): string => (isRelationType(type) ? TYPE_COLOURS[type] : OTHER_COLOUR);

/** Above this many elements, edges are drawn as straight "haystack" lines and the layout is concentric. */
const LARGE = 400;
/** Elements added per animation frame, at least; a big addition takes at most MAX_FRAMES frames. */
const CHUNK = 250;
const MAX_FRAMES = 8;
/** Phyllotaxis: node k of a disc sits at radius SPACING·√k, angle k·GOLDEN_ANGLE; evenly spread, and O(1) per node. */
const SPACING = 28;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export interface Filter {
  from: number;
  to: number;
  undated: boolean;
  types: ReadonlySet<RelationType>;
}

export const pairEdgeId = (type: string, a: string, b: string): string =>
  a < b ? `${type}|${a}|${b}` : `${type}|${b}|${a}`;

cytoscape.use(fcose);

/** Times a step as a performance measure ("explorer:layout", …), which the browser tests report. */
function measured<T>(name: string, step: () => T): T {
  const started = performance.now();
  try {
    return step();
  } finally {
    performance.measure(`explorer:${name}`, { start: started, end: performance.now() });
  }
}

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

function spiral(k: number, centre: { x: number; y: number }): { x: number; y: number } {
  const radius = SPACING * Math.sqrt(k);
  return { x: centre.x + radius * Math.cos(k * GOLDEN_ANGLE), y: centre.y + radius * Math.sin(k * GOLDEN_ANGLE) };
}

export class ExplorerGraph {
  readonly cy: Core;
  /** The bounds of each edge's events (null: no bound at all), for the time filter. */
  private readonly edgeEvents = new Map<string, Map<string, DayInterval | null>>();
  /** How each event of each edge can be placed in time: a line none of whose events is dated draws dashed. */
  private readonly edgeTimings = new Map<string, Map<string, Timing>>();
  /** Each person's roles (fetched when affiliations are on), drawn once both ends are in the drawing. */
  private readonly roles = new Map<string, Map<string, string[]>>();
  private affiliationsShown = false;
  /** Actors the user asked for: shown even when the filters leave them without edges. */
  private readonly pinned = new Set<string>();
  private filter: Filter | null = null;
  /** How many actors each anchor (an expanded actor, or the centre) has placed around it so far. */
  private readonly placed = new Map<string, number>();

  constructor(container: HTMLElement) {
    this.cy = cytoscape({
      container,
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(name)',
            width: 'data(size)',
            height: 'data(size)',
            shape: 'data(shape)' as unknown as cytoscape.Css.NodeShape,
            'background-color': 'data(colour)',
            'border-width': 1,
            'border-color': '#ffffff',
            color: '#1d1d1d',
            'font-size': 12,
            'text-valign': 'bottom',
            'text-margin-y': 3,
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.7,
            'text-background-padding': '1px',
            'min-zoomed-font-size': 7,
          },
        },
        {
          selector: 'edge',
          style: {
            width: 'data(width)',
            'line-color': 'data(colour)',
            'curve-style': 'bezier',
            opacity: 0.85,
          },
        },
        { selector: 'edge.bulk', style: { 'curve-style': 'haystack', 'haystack-radius': 0 } },
        // Thousands of labels cost more to draw than the shapes, and cannot be read zoomed out anyway.
        { selector: 'node.bulk', style: { 'min-zoomed-font-size': 14 } },
        // Known only within bounds (no date of its own): dashed in its type's colour.
        { selector: 'edge.bounded', style: { 'line-style': 'dashed', 'line-dash-pattern': [9, 5] } },
        { selector: 'edge.role', style: { 'line-style': 'dashed', 'line-color': ROLE_COLOUR } },
        {
          selector: 'edge.affiliation',
          style: {
            width: 1.5,
            'line-dash-pattern': [3, 4],
            label: 'data(label)',
            'font-size': 9,
            color: '#555555',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.7,
            'min-zoomed-font-size': 8,
          },
        },
        { selector: '.filtered', style: { display: 'none' } },
        { selector: '.dimmed', style: { opacity: 0.15 } },
        { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#ff7f0e', 'z-index': 10 } },
        { selector: 'edge.path', style: { width: 7, 'line-color': '#ff7f0e', opacity: 1, 'z-index': 10 } },
        { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111111' } },
        {
          selector: 'edge:selected',
          style: { width: 8, opacity: 1, 'underlay-color': '#111111', 'underlay-opacity': 0.25, 'underlay-padding': 4 },
        },
      ],
    });
  }

  /** Draws the actors and events not drawn yet, a chunk per frame, then (unless told not to) lays the graph out. */
  async addEvents(
    events: GraphEvent[],
    { near, layout = true }: { near?: string; layout?: boolean } = {},
  ): Promise<void> {
    const actors = new Map<string, ActorRef>();
    const edges = new Map<string, { type: string; a: string; b: string }>();
    for (const event of events) {
      const ids = [...new Set(event.participants.map((p) => p.actor.id))];
      for (const p of event.participants) actors.set(p.actor.id, p.actor);
      for (const [i, a] of ids.entries()) {
        for (const b of ids.slice(i + 1)) {
          const id = pairEdgeId(event.type, a, b);
          edges.set(id, { type: event.type, a, b });
          let dates = this.edgeEvents.get(id);
          if (dates === undefined) this.edgeEvents.set(id, (dates = new Map()));
          dates.set(event.id, boundsInterval(event.when));
          let timings = this.edgeTimings.get(id);
          if (timings === undefined) this.edgeTimings.set(id, (timings = new Map()));
          timings.set(event.id, timingOf(event));
        }
      }
    }
    const anchor = near !== undefined && this.cy.hasElementWithId(near) ? near : '';
    const centre = anchor !== '' ? this.cy.$id(anchor).position() : { x: 0, y: 0 };
    const large = this.cy.elements().length + actors.size + edges.size > LARGE;
    const fresh: ElementDefinition[] = [];
    for (const actor of actors.values()) {
      if (!this.cy.hasElementWithId(actor.id))
        fresh.push(this.nodeDefinition(actor, this.nextPlace(anchor, centre), large));
    }
    for (const [id, edge] of edges) {
      if (!this.cy.hasElementWithId(id)) fresh.push(this.edgeDefinition(id, edge.type, edge.a, edge.b, large));
    }
    // Nodes come before the edges that need them; each chunk is drawn before the next is added.
    const chunk = Math.max(CHUNK, Math.ceil(fresh.length / MAX_FRAMES));
    for (let i = 0; i < fresh.length; i += chunk) {
      measured('add', () => this.cy.batch(() => this.cy.add(fresh.slice(i, i + chunk))));
      await nextFrame();
    }
    this.drawAffiliations();
    this.refresh();
    if (layout && fresh.length > 0) this.layout();
  }

  /** Whether affiliation lines are drawn; lines a path goes through stay either way. */
  showAffiliations(shown: boolean): void {
    this.affiliationsShown = shown;
    this.refresh();
  }

  /** The persons drawn whose roles are not known yet: what to ask the API when affiliations are on. */
  personsWithoutRoles(): string[] {
    return this.cy
      .nodes()
      .filter((node) => node.data('kind') === 'PERSON' && !this.roles.has(node.id()))
      .map((node) => node.id());
  }

  /** Records the roles of the persons asked (those without any too, so they are not asked again) and draws them. */
  addRoles(asked: readonly string[], affiliations: readonly Affiliation[]): void {
    for (const id of asked) if (!this.roles.has(id)) this.roles.set(id, new Map());
    for (const { personId, title, of } of affiliations) {
      let held = this.roles.get(personId);
      if (held === undefined) this.roles.set(personId, (held = new Map()));
      held.set(of.id, [...(held.get(of.id) ?? []), title]);
    }
    this.drawAffiliations();
    this.refresh();
  }

  /**
   * Adds a dashed line, labelled by role, from each person to the state or organisation they serve,
   * once both are in the drawing: an affiliation joins actors the events brought, it brings none.
   */
  private drawAffiliations(): void {
    const fresh: ElementDefinition[] = [];
    for (const [personId, held] of this.roles) {
      if (!this.cy.hasElementWithId(personId)) continue;
      for (const [ofId, titles] of held) {
        const id = pairEdgeId('ROLE', personId, ofId);
        if (!this.cy.hasElementWithId(ofId)) continue;
        const existing = this.cy.$id(id);
        if (existing.nonempty()) existing.data('label', titles.join('; ')).addClass('affiliation');
        else fresh.push(this.affiliationDefinition(id, personId, ofId, titles));
      }
    }
    if (fresh.length === 0) return;
    // While a path is shown, everything off it is dimmed: new lines too.
    const dimmed = this.cy.$('.path').nonempty();
    this.cy.batch(() => this.cy.add(fresh).toggleClass('dimmed', dimmed));
  }

  /** Adds the hops' actors and edges that are missing, and marks the paths. */
  async showPaths(paths: { hops: Hop[] }[]): Promise<void> {
    const events: GraphEvent[] = [];
    const roles: { a: string; b: string }[] = [];
    for (const { hops } of paths) {
      for (const hop of hops) {
        if (hop.event !== null) events.push({ ...hop.event, participants: [{ actor: hop.from }, { actor: hop.to }] });
        else roles.push({ a: hop.from.id, b: hop.to.id });
      }
    }
    await this.addEvents(events);
    this.cy.batch(() => {
      for (const { a, b } of roles) {
        const id = pairEdgeId('ROLE', a, b);
        if (!this.cy.hasElementWithId(id)) this.cy.add(this.edgeDefinition(id, 'ROLE', a, b, false));
        // A role a path goes through is drawn whatever the affiliations toggle says.
        this.cy.$id(id).data('onPath', true);
      }
      this.clearPaths();
      const onPath = this.cy.collection();
      for (const { hops } of paths) {
        for (const hop of hops) {
          const id = pairEdgeId(hop.event?.type ?? 'ROLE', hop.from.id, hop.to.id);
          onPath.merge(this.cy.$id(id)).merge(this.cy.$id(hop.from.id)).merge(this.cy.$id(hop.to.id));
        }
      }
      onPath.addClass('path');
      this.cy.elements().not(onPath).addClass('dimmed');
    });
    this.refresh();
  }

  clearPaths(): void {
    this.cy.elements().removeClass('path dimmed');
  }

  pin(actorId: string): void {
    this.pinned.add(actorId);
  }

  setFilter(filter: Filter): void {
    this.filter = filter;
    this.refresh();
  }

  /** Whether this event of the edge passes the current filter. */
  eventVisible(edgeId: string, eventId: string): boolean {
    const interval = this.edgeEvents.get(edgeId)?.get(eventId);
    if (interval === undefined || this.filter === null) return true;
    return withinRange(interval, this.filter.from, this.filter.to, this.filter.undated);
  }

  /**
   * Applies the filter to every edge, hides actors left without edges, and sizes
   * actors by their visible degree. One pass over the edges, and an element is
   * touched only when its state changes: restyling is what costs on 2,000 actors.
   */
  refresh(): void {
    measured('refresh', () => this.refreshNow());
  }

  private refreshNow(): void {
    const filter = this.filter;
    const neighbours = new Map<string, Set<string>>();
    const link = (a: string, b: string) => {
      let set = neighbours.get(a);
      if (set === undefined) neighbours.set(a, (set = new Set()));
      set.add(b);
    };
    const affiliations: EdgeSingular[] = [];
    this.cy.batch(() => {
      this.cy.edges().forEach((edge) => {
        // Affiliations are settled once the nodes are: they are drawn between actors in view, not counted.
        if (edge.hasClass('affiliation') && edge.data('onPath') !== true) return void affiliations.push(edge);
        const width = Math.min(10, 2 + 1.5 * (this.edgeEvents.get(edge.id())?.size ?? 0));
        if (edge.data('width') !== width) edge.data('width', width);
        const bounded = lineTiming(this.edgeTimings.get(edge.id())?.values() ?? []) === 'bounded';
        if (edge.hasClass('bounded') !== bounded) edge.toggleClass('bounded', bounded);
        const hidden = filter !== null && !this.edgeVisible(edge, filter);
        if (edge.hasClass('filtered') !== hidden) edge.toggleClass('filtered', hidden);
        if (!hidden) {
          link(edge.data('source') as string, edge.data('target') as string);
          link(edge.data('target') as string, edge.data('source') as string);
        }
      });
      this.cy.nodes().forEach((node) => {
        const degree = neighbours.get(node.id())?.size ?? 0;
        if (node.data('degree') !== degree) {
          node.data('degree', degree);
          node.data('size', Math.min(80, 18 + 7 * Math.sqrt(degree)));
        }
        const hidden = degree === 0 && !this.pinned.has(node.id());
        if (node.hasClass('filtered') !== hidden) node.toggleClass('filtered', hidden);
      });
      for (const edge of affiliations) {
        const hidden =
          !this.affiliationsShown || edge.source().hasClass('filtered') || edge.target().hasClass('filtered');
        if (edge.hasClass('filtered') !== hidden) edge.toggleClass('filtered', hidden);
      }
    });
  }

  /**
   * Small graphs get a force-directed layout (fCoSE). Large ones, where that would
   * block the page for seconds, get a phyllotaxis disc with the best-connected
   * actors in the middle: one pass, no iterations.
   */
  layout(): void {
    const visible = this.cy.elements().not('.filtered');
    measured('layout', () => {
      if (visible.length > LARGE) {
        const nodes = visible.nodes().sort((a, b) => (b.data('degree') as number) - (a.data('degree') as number));
        this.cy.batch(() =>
          nodes.forEach((node, k) => {
            node.position(spiral(k, { x: 0, y: 0 }));
          }),
        );
      } else {
        const options = {
          name: 'fcose',
          animate: false,
          randomize: true,
          quality: 'default',
          nodeRepulsion: () => 8_000,
          idealEdgeLength: () => 90,
          nodeSeparation: 90,
          padding: 30,
        };
        visible.layout(options as cytoscape.LayoutOptions).run();
      }
      this.cy.fit(visible, 50);
    });
  }

  private edgeVisible(edge: EdgeSingular, filter: Filter): boolean {
    const type = edge.data('type') as string;
    if (type === 'ROLE') return true;
    if (!isRelationType(type) || !filter.types.has(type)) return false;
    for (const interval of this.edgeEvents.get(edge.id())?.values() ?? []) {
      if (withinRange(interval, filter.from, filter.to, filter.undated)) return true;
    }
    return false;
  }

  private nextPlace(anchor: string, centre: { x: number; y: number }): { x: number; y: number } {
    // Index 0 is the anchor's own place: its counterparts start one ring out.
    const k = (this.placed.get(anchor) ?? 0) + 1;
    this.placed.set(anchor, k);
    return spiral(k, centre);
  }

  private nodeDefinition(actor: ActorRef, position: { x: number; y: number }, bulk: boolean): ElementDefinition {
    const style = KIND_STYLE[actor.kind] ?? KIND_STYLE.PERSON;
    return {
      group: 'nodes',
      data: {
        id: actor.id,
        name: actor.name,
        kind: actor.kind,
        shape: style.shape,
        colour: style.colour,
        degree: 0,
        size: 18,
      },
      position,
      classes: bulk ? ['bulk'] : [],
    };
  }

  private affiliationDefinition(id: string, person: string, of: string, titles: string[]): ElementDefinition {
    return {
      group: 'edges',
      data: { id, source: person, target: of, type: 'ROLE', colour: ROLE_COLOUR, width: 1.5, label: titles.join('; ') },
      classes: ['role', 'affiliation', 'filtered'],
    };
  }

  private edgeDefinition(id: string, type: string, a: string, b: string, bulk: boolean): ElementDefinition {
    return {
      group: 'edges',
      data: { id, source: a, target: b, type, colour: typeColour(type), width: 2 },
      classes: [bulk ? 'bulk' : '', type === 'ROLE' ? 'role' : ''].filter((c) => c !== ''),
    };
  }
}
