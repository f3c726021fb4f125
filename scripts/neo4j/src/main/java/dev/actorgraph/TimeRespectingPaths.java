package dev.actorgraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;
import org.neo4j.procedure.TerminationGuard;

/**
 * The time-respecting path search of the API's `paths(mode: TIME_RESPECTING)` (issue 22), as a procedure of
 * the embedded Neo4j. A path moves forward in time when some non-decreasing choice of one day per hop lies
 * within every hop's bounds (src/graph/hopRanges.ts says the rule; this applies it while searching). Cypher 5
 * cannot carry a day along a path while it searches: its SHORTEST k walks every trail through the hubs and the
 * rule is tested after, which on a graph of a million events took from seconds to minutes for some pairs.
 *
 * <p>The search, in two stages:
 *
 * <ol>
 *   <li>From the target backwards, level by level: for each actor, the latest day on which a path can be at it
 *       and still reach the target within k hops (its deadline; none is "any day"). Only an actor whose deadline
 *       improved is expanded again, so a level reads a relationship at most once from each end.
 *   <li>From the source forwards, depth first, carrying the soonest day the next hop can happen on: a hop is
 *       taken only when the day it leaves on meets the deadline of the actor it reaches for the hops left. So
 *       the walk rarely enters a dead end; it passes each actor once (a simple path).
 * </ol>
 *
 * <p>Paths come shortest first: all of the shortest length that moves forward in time, then longer ones, up to
 * {@code limit} paths and {@code maxHops} hops. A hop's bounds: an event's derived relationship carries
 * {@code earliest} and {@code latest} (an event with neither cannot be placed and breaks a path); a role
 * ({@code HOLDS_ROLE}) its {@code from} and {@code to} (a role with neither was held at any time). Days are
 * zero-padded ISO strings and compare as strings. With {@code since} or {@code until}, a hop is kept only when
 * it can lie in the range, as the API's range filter says (src/graph/queries.ts, dateFilter and roleFilter).
 */
public final class TimeRespectingPaths {
  /** One path found: its actors in order, and the relationship of each hop. */
  public static final class Found {
    public final List<Node> nodes;
    public final List<Relationship> relationships;

    Found(List<Node> nodes, List<Relationship> relationships) {
      this.nodes = nodes;
      this.relationships = relationships;
    }
  }

  private static final String ROLE = "HOLDS_ROLE";
  /** The deadline of an actor from which the target is reached on any day at all. */
  private static final String ANY_DAY = "\uffff";

  @Context public TerminationGuard guard;

  @Procedure(name = "actorgraph.timeRespectingPaths", mode = Mode.READ)
  @Description("The shortest paths from `from` to `to` over relationships of `types` that move forward in time.")
  public Stream<Found> timeRespectingPaths(
      @Name("from") Node from,
      @Name("to") Node to,
      @Name("types") List<String> types,
      @Name("maxHops") long maxHops,
      @Name("limit") long limit,
      @Name(value = "since", defaultValue = "null") String since,
      @Name(value = "until", defaultValue = "null") String until) {
    if (from == null || to == null || from.equals(to) || maxHops < 1 || limit < 1) return Stream.empty();
    Search search = new Search(from, to, types, new Range(since, until), guard);
    return search.paths((int) Math.min(maxHops, 6), (int) limit).stream();
  }

  /** A hop's bounds, read once: an event's earliest and latest, or a role's from and to; null is open. */
  record Bounds(boolean role, String earliest, String latest) {
    static Bounds of(Relationship r) {
      boolean role = r.getType().name().equals(ROLE);
      String earliest = (String) r.getProperty(role ? "from" : "earliest", null);
      String latest = (String) r.getProperty(role ? "to" : "latest", null);
      return new Bounds(role, earliest, latest);
    }

    /** An event hop with neither bound: nothing says when it happened. */
    boolean isUnplaceable() {
      return !role && earliest == null && latest == null;
    }

    /**
     * Forwards: the soonest day the hop after this one can happen on, when the path reaches it with {@code soonest}
     * ("" is any day); null when this hop cannot follow.
     */
    String advance(String soonest) {
      if (isUnplaceable()) return null;
      String next = earliest != null && earliest.compareTo(soonest) > 0 ? earliest : soonest;
      return latest == null || latest.compareTo(next) >= 0 ? next : null;
    }

    /**
     * Backwards: the deadline at the near end of this hop for a path that must be at its far end by {@code deadline};
     * null when the hop cannot lead there in time.
     */
    String retreat(String deadline) {
      if (isUnplaceable()) return null;
      String cap = latest != null && latest.compareTo(deadline) < 0 ? latest : deadline;
      return earliest == null || earliest.compareTo(cap) <= 0 ? cap : null;
    }
  }

  /** The date range a hop must be able to lie in; either side null is open. */
  record Range(String since, String until) {
    boolean isOpen() {
      return since == null && until == null;
    }

    /** The API's range filter on one hop (dateFilter for an event, roleFilter for a role). */
    boolean admits(Bounds hop) {
      if (isOpen()) return true;
      boolean placed = hop.role() || hop.earliest() != null || hop.latest() != null;
      boolean afterSince = since == null || (placed && (hop.latest() == null || hop.latest().compareTo(since) >= 0));
      boolean beforeUntil = until == null
          || (placed && (hop.earliest() == null || prefix(hop.earliest(), until.length()).compareTo(until) <= 0));
      return afterSince && beforeUntil;
    }

    private static String prefix(String day, int length) {
      return day.length() <= length ? day : day.substring(0, length);
    }
  }

  /** One search between two actors. */
  static final class Search {
    private final Node from;
    private final Node to;
    private final RelationshipType[] types;
    private final Range range;
    private final TerminationGuard guard;
    /** Per actor, its best deadline within k hops of the target, at index k (null: not reached by then). */
    private final Map<String, String[]> deadlines = new HashMap<>();
    /** The actors whose deadline improved at the last level built. */
    private Map<Node, String> frontier = new HashMap<>();
    private int levelsBuilt = 0;

    Search(Node from, Node to, List<String> types, Range range, TerminationGuard guard) {
      this.from = from;
      this.to = to;
      this.types = types.stream().map(RelationshipType::withName).toArray(RelationshipType[]::new);
      this.range = range;
      this.guard = guard;
      deadlineAt(to)[0] = ANY_DAY;
      frontier.put(to, ANY_DAY);
    }

    List<Found> paths(int maxHops, int limit) {
      List<Found> found = new ArrayList<>();
      for (int length = 1; length <= maxHops && found.size() < limit; length++) {
        // Once no deadline improves, the levels built already say all there is to say.
        while (levelsBuilt < length - 1 && !frontier.isEmpty()) buildLevel();
        new Walk(length, limit, found).from();
      }
      return found;
    }

    private String[] deadlineAt(Node node) {
      return deadlines.computeIfAbsent(node.getElementId(), id -> new String[7]);
    }

    /** The best deadline at {@code node} within {@code hops} hops of the target; null when it is not reached. */
    String deadlineWithin(Node node, int hops) {
      String[] byLevel = deadlines.get(node.getElementId());
      if (byLevel == null) return null;
      String best = null;
      for (int k = 0; k <= hops; k++) {
        if (byLevel[k] != null && (best == null || byLevel[k].compareTo(best) > 0)) best = byLevel[k];
      }
      return best;
    }

    Iterable<Relationship> hopsOf(Node node) {
      return node.getRelationships(Direction.BOTH, types);
    }

    /** How many relationships of the search's types an actor has (Neo4j keeps the counts of a dense node). */
    private int degreeOf(Node node) {
      int degree = 0;
      for (RelationshipType type : types) degree += node.getDegree(type, Direction.BOTH);
      return degree;
    }

    /**
     * The relationships between two actors, read from the one with fewer: the last hop of a path through a hub
     * (an actor of tens of thousands of relationships) need not read them all to find the target's.
     */
    Iterable<Relationship> hopsBetween(Node at, Node target) {
      boolean fromTarget = degreeOf(target) < degreeOf(at);
      Node read = fromTarget ? target : at;
      Node other = fromTarget ? at : target;
      List<Relationship> between = new ArrayList<>();
      for (Relationship r : hopsOf(read)) {
        if (r.getOtherNode(read).equals(other)) between.add(r);
      }
      return between;
    }

    /** The next level backwards from the target: the actors one hop further whose deadline improves. */
    private void buildLevel() {
      int level = levelsBuilt + 1;
      Map<Node, String> next = new HashMap<>();
      for (Map.Entry<Node, String> entry : frontier.entrySet()) {
        for (Relationship r : hopsOf(entry.getKey())) {
          guard.check();
          Node near = r.getOtherNode(entry.getKey());
          Bounds hop = Bounds.of(r);
          String deadline = range.admits(hop) ? hop.retreat(entry.getValue()) : null;
          if (deadline == null) continue;
          String best = deadlineWithin(near, level - 1);
          String pending = next.get(near);
          boolean improves = (best == null || deadline.compareTo(best) > 0)
              && (pending == null || deadline.compareTo(pending) > 0);
          if (improves) next.put(near, deadline);
        }
      }
      for (Map.Entry<Node, String> entry : next.entrySet()) deadlineAt(entry.getKey())[level] = entry.getValue();
      frontier = next;
      levelsBuilt = level;
    }

    /** The depth-first walk from the source for paths of exactly {@code length} hops. */
    final class Walk {
      private final int length;
      private final int limit;
      private final List<Found> found;
      private final List<Node> nodes = new ArrayList<>();
      private final List<Relationship> hops = new ArrayList<>();
      private final Set<String> visited = new HashSet<>();

      Walk(int length, int limit, List<Found> found) {
        this.length = length;
        this.limit = limit;
        this.found = found;
      }

      void from() {
        nodes.add(from);
        visited.add(from.getElementId());
        step(from, "");
      }

      private void step(Node at, String soonest) {
        int left = length - hops.size();
        for (Relationship r : left == 1 ? hopsBetween(at, to) : hopsOf(at)) {
          guard.check();
          Node next = r.getOtherNode(at);
          if (!mayTake(next, left)) continue;
          Bounds hop = Bounds.of(r);
          String day = range.admits(hop) ? hop.advance(soonest) : null;
          if (day == null) continue;
          String deadline = deadlineWithin(next, left - 1);
          if (deadline == null || day.compareTo(deadline) > 0) continue;
          take(r, next, day);
          if (found.size() >= limit) return;
        }
      }

      /** The last hop must reach the target; no hop may reach an actor already on the path, or the target early. */
      private boolean mayTake(Node next, int left) {
        if (visited.contains(next.getElementId())) return false;
        return left == 1 ? next.equals(to) : !next.equals(to);
      }

      private void take(Relationship r, Node next, String day) {
        nodes.add(next);
        hops.add(r);
        visited.add(next.getElementId());
        if (hops.size() == length) found.add(new Found(List.copyOf(nodes), List.copyOf(hops)));
        else step(next, day);
        visited.remove(next.getElementId());
        hops.remove(hops.size() - 1);
        nodes.remove(nodes.size() - 1);
      }
    }
  }
}
