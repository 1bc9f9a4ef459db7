// The ingestArticle mutation: runs the seed's pipeline on one article sent by a client.
import { builder } from '../builder.ts';
import type { IngestOutcome } from '../services/ingest.ts';

type Success = Extract<IngestOutcome, { ok: true }>;

const IngestStatus = builder.enumType('IngestStatus', {
  description: 'What ingesting an article did.',
  values: {
    INGESTED: { value: 'ingested', description: 'The article was new and has been stored.' },
    UNCHANGED: { value: 'unchanged', description: 'An article with the same text was already stored; nothing changed.' },
    REPLACED: { value: 'replaced', description: "The article's text changed; its facts were extracted again." },
  } as const,
});

const IngestArticleSuccess = builder.objectRef<Success>('IngestArticleSuccess').implement({
  description: 'The article was ingested, or was already stored with the same text.',
  fields: (t) => ({
    status: t.expose('status', { type: IngestStatus, description: 'What ingesting did.' }),
    article: t.prismaField({
      type: 'Article',
      description: 'The stored article, with what was extracted from it.',
      resolve: (query, success, _args, ctx) => ctx.db.article.findUniqueOrThrow({ ...query, where: { id: success.articleId } }),
    }),
  }),
});

const InvalidArticleError = builder.objectRef<{ reason: string }>('InvalidArticleError').implement({
  description: 'The input is not an article that can be ingested; nothing was stored.',
  fields: (t) => ({
    message: t.exposeString('reason', { description: 'Why the input was rejected.' }),
  }),
});

const UnauthorizedError = builder.objectRef<{ unauthorized: true }>('UnauthorizedError').implement({
  description: 'The request lacks `Authorization: Bearer <API token>`, or the server has no API token configured.',
  fields: (t) => ({
    message: t.string({ description: 'What is missing.', resolve: () => 'a valid API token is required to ingest articles' }),
  }),
});

const IngestArticleResult = builder.unionType('IngestArticleResult', {
  description: 'The outcome of ingestArticle: success, or why nothing was stored.',
  types: [IngestArticleSuccess, InvalidArticleError, UnauthorizedError],
  resolveType: (result) => ('unauthorized' in result ? UnauthorizedError : 'ok' in result ? IngestArticleSuccess : InvalidArticleError),
});

builder.mutationField('ingestArticle', (t) =>
  t.field({
    type: IngestArticleResult,
    description:
      'Extracts and stores one article, exactly as seeding does. Idempotent: the same text is stored once. ' +
      'Requires `Authorization: Bearer <NEWSGRAPH_API_TOKEN>`.',
    args: {
      fileName: t.arg.string({ required: true, description: 'File name the article is known by, such as "105_talks.txt"; its slug derives from it.' }),
      text: t.arg.string({ required: true, description: 'The article file as text (UTF-8, at most 2 MB, no NUL characters).' }),
    },
    resolve: async (_root, args, ctx) => {
      if (!ctx.authorized) return { unauthorized: true as const };
      const outcome = await ctx.ingest.ingest(args.fileName, args.text);
      return outcome.ok ? outcome : { reason: outcome.reason };
    },
  }),
);
