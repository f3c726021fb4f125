// GraphQL Code Generator: resolver types from schema/schema.graphql.
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
  },
};

export default config;
