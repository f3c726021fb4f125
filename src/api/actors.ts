/** Turns the actor names clients send into stored actors, or a precise error. */
import { closestNames, type ActorRow } from '../graph/queries';
import type { Context } from './context';
import { actorAmbiguous, actorNotFound } from './errors';

/**
 * The one actor `matches` holds (every actor `name` stands for, as a statement found them), or the
 * error: ACTOR_AMBIGUOUS with the candidates, ACTOR_NOT_FOUND with the closest names (a round trip of its own).
 */
export async function theActorNamed(ctx: Context, name: string, matches: readonly ActorRow[]): Promise<ActorRow> {
  for (const match of matches) ctx.loaders.actor.prime(match.id, match);
  if (matches.length > 1) throw actorAmbiguous(name, [...matches]);
  const [match] = matches;
  if (match !== undefined) return match;
  throw actorNotFound(name, await closestNames(ctx.reader, name));
}

/**
 * theActorNamed for several names (each with its matches): an ambiguous name's error first, then an
 * unknown name's, each in the order given, so that the answer does not depend on which look-up of
 * closest names comes back first.
 */
export async function theActorsNamed(
  ctx: Context,
  named: readonly [string, readonly ActorRow[]][],
): Promise<ActorRow[]> {
  for (const [name, matches] of named) if (matches.length > 1) throw actorAmbiguous(name, [...matches]);
  const actors: ActorRow[] = [];
  for (const [name, matches] of named) actors.push(await theActorNamed(ctx, name, matches));
  return actors;
}

/** By any of its names, else by id; the names of one request go in one round trip. */
export async function findActor(ctx: Context, name: string): Promise<ActorRow> {
  return theActorNamed(ctx, name, await ctx.loaders.actorsByName.load(name));
}
