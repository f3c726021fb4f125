// GraphQL Code Generator: from schema/schema.graphql, the server's resolver types and the
// explorer's types (enums as const objects, so browser code can list their values at run time).
// `npm run codegen` regenerates; `npm run codegen:check` (in npm test) fails when the
// committed file is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  generates: {
    'src/api/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context#Context',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { PartialDate: 'string' },
        mappers: {
          Actor: '../../graph/queries#ActorRow',
          Role: '../../graph/queries#RoleRow',
          Counterpart: '../../graph/queries#CounterpartRow',
          Event: '../../graph/queries#EventRow',
          Participant: '../../graph/queries#ParticipantRow',
          Source: '../../graph/queries#SourceRow',
          Article: '../../graph/queries#ArticleRow',
          Path: '../../graph/queries#PathRow',
          Hop: '../../graph/queries#HopRow',
          IngestReport: '../ingestReport#IngestReportModel',
        },
      },
    },
    'explorer/generated/graphql.ts': {
      plugins: ['typescript'],
      config: {
        useTypeImports: true,
        enumsAsConst: true,
        namingConvention: { enumValues: 'keep' },
        skipTypename: true,
        avoidOptionals: { field: true },
        scalars: { PartialDate: 'string' },
      },
    },
  },
};

export default config;
