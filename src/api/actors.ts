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

/** By any of its names, else by id; the names of one request go in one round trip. */
export async function findActor(ctx: Context, name: string): Promise<ActorRow> {
  return theActorNamed(ctx, name, await ctx.loaders.actorsByName.load(name));
}
