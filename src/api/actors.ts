/** Turns the actor names clients send into stored actors, or a precise error. */
import { closestNames, type ActorRow } from '../graph/queries';
import type { Context } from './context';
import { actorAmbiguous, actorNotFound } from './errors';

export async function findActor(ctx: Context, name: string): Promise<ActorRow> {
  // By any of its names, else by id; the names of one request go in one round trip.
  const matches = await ctx.loaders.actorsByName.load(name);
  if (matches.length > 1) throw actorAmbiguous(name, matches);
  const [match] = matches;
  if (match !== undefined) return match;
  throw actorNotFound(name, await closestNames(ctx.reader, name));
}
