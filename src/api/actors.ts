/** Turns the actor names clients send into stored actors, or a precise error. */
import { actorsByIds, actorsByName, closestNames, type ActorRow } from '../graph/queries';
import type { Context } from './context';
import { actorAmbiguous, actorNotFound } from './errors';

export async function findActor(ctx: Context, name: string): Promise<ActorRow> {
  const named = await actorsByName(ctx.reader, name);
  const matches = named.length > 0 ? named : await actorsByIds(ctx.reader, [name]);
  if (matches.length > 1) throw actorAmbiguous(name, matches);
  const [match] = matches;
  if (match !== undefined) return match;
  throw actorNotFound(name, await closestNames(ctx.reader, name));
}
