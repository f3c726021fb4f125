/**
 * `peer`: an actor's events with their participants and sources, two levels deep,
 * through our API against @neo4j/graphql (a dev dependency, used only here) over
 * the same database, both over HTTP from this process, alternately per actor.
 */
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { serveHandler, serveOurs } from './http';
import { percentile, result, timed, type Result } from './lib';

/** Our graph model in @neo4j/graphql's terms. */
const PEER_TYPE_DEFS = /* GraphQL */ `
  type Actor @node {
    id: ID!
    name: String!
    events: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "Participation")
  }
  type Participation @relationshipProperties {
    role: String
  }
  type Event @node {
    id: ID!
    type: String
    date: String
    participants: [Actor!]! @relationship(type: "PARTICIPATED_IN", direction: IN, properties: "Participation")
    sources: [Article!]! @relationship(type: "REPORTED_IN", direction: OUT, properties: "Source")
  }
  type Source @relationshipProperties {
    sentence: String
  }
  type Article @node {
    id: ID!
    title: String
  }
`;

const OURS = `query ($name: String!) {
  timeline(actor: $name) { id type date participants { role actor { id name } } sources { sentence article { id title } } }
}`;
const PEER = `query ($name: String!) {
  actors(where: { name: { eq: $name } }) {
    events {
      id type date
      participantsConnection { edges { properties { role } node { id name } } }
      sourcesConnection { edges { properties { sentence } node { id title } } }
    }
  }
}`;

export async function benchPeer(driver: Driver, names: readonly string[], log: (m: string) => void): Promise<Result> {
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const peer = await serveHandler(createYoga({ schema, graphqlEndpoint: '/graphql', logging: false }));
  const ours = await serveOurs(driver);
  try {
    for (const name of names) {
      await ours.post(OURS, { name });
      await peer.post(PEER, { name });
    }
    const oursMs: number[] = [];
    const peerMs: number[] = [];
    for (const [i, name] of names.entries()) {
      if (i % 2 === 1) peerMs.push((await timed(() => peer.post(PEER, { name }))).ms);
      oursMs.push((await timed(() => ours.post(OURS, { name }))).ms);
      if (i % 2 === 0) peerMs.push((await timed(() => peer.post(PEER, { name }))).ms);
    }
    const r = result(percentile(oursMs, 50), percentile(peerMs, 50), {
      p99: Number(percentile(oursMs, 99).toFixed(2)),
      baselineP99: Number(percentile(peerMs, 99).toFixed(2)),
      samples: names.length,
      baselineIs: '@neo4j/graphql',
    });
    log(`peer: p50 ours ${r.ours} ms, @neo4j/graphql ${r.baseline} ms`);
    return r;
  } finally {
    await ours.close();
    await peer.close();
  }
}
