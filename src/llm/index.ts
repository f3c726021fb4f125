/**
 * The LLM extractor: the model reads the article (in pieces when it is long: split.ts) and answers with actors and
 * events in the ontology's schema (schema.ts, prompt.ts); every answer is validated (validate.ts) and every event
 * checked against its sentence (ground.ts); our own stages read the actors, dates and bounds and merge the events
 * (readArticle and finishEvents in src/extract/index.ts), as for the rules. A piece's answer comes from the cache
 * when it was given before (cache.ts), else from the endpoint (client.ts). An article any piece of which gets no
 * valid answer fails whole: nothing of it is written.
 */
import { createHash } from 'node:crypto';
import type { ArticleInput, ExtractedGraph } from '../domain/types';
import { finishEvents, readArticle } from '../extract';
import type { Extractor } from '../extract/extractor';
import { AnswerCache } from './cache';
import { ChatClient, LlmRequestError, type ClientSettings } from './client';
import { PROMPT_VERSION, systemPrompt, userPrompt } from './prompt';
import { LlmRunReport, type FailureReason } from './report';
import { answerSchema, schemaDigest, type Answer } from './schema';
import { splitArticle, type Piece } from './split';
import { groundAnswers } from './ground';
import { checkAnswer } from './validate';

export { LlmRunReport } from './report';

export interface LlmSettings extends ClientSettings {
  /** Where answers are kept (--llm-cache); null: no cache. */
  cacheDir: string | null;
  /** The longest piece of an article sent in one request, in characters (--llm-max-chars). */
  maxChars: number;
  /** How much of a piece's end opens the next one, in characters. */
  overlapChars: number;
}

/** Why an article failed, as the ingest summary shows it ("llm: request failed: HTTP 500 from …"). */
export class LlmExtractionError extends Error {
  override name = 'LlmExtractionError';
  constructor(
    readonly reason: FailureReason,
    detail: string,
  ) {
    super(`llm: ${reason}: ${detail}`);
  }
}

export class LlmExtractor implements Extractor {
  readonly name = 'llm';
  readonly report = new LlmRunReport();
  private readonly client: ChatClient;
  private readonly cache: AnswerCache;
  private readonly schema = answerSchema();
  private readonly digest = schemaDigest();

  constructor(private readonly settings: LlmSettings) {
    this.client = new ChatClient(settings, this.report);
    this.cache = new AnswerCache(settings.cacheDir);
  }

  reportLines(): string[] {
    return this.report.lines();
  }

  async extract(article: ArticleInput): Promise<ExtractedGraph> {
    this.report.articles++;
    const pieces = splitArticle(article.body, this.settings.maxChars, this.settings.overlapChars);
    const settled = await Promise.allSettled(pieces.map((p) => this.answerTo(article, p, pieces.length)));
    const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failure !== undefined) {
      const error = failure.reason instanceof LlmExtractionError ? failure.reason : null;
      this.report.failed[error?.reason ?? 'request failed']++;
      throw failure.reason;
    }
    const answers = settled.map((s) => (s as PromiseFulfilledResult<Answer>).value);
    const reading = readArticle(article);
    const grounded = groundAnswers(reading, answers);
    this.report.eventsKept += grounded.mentions.length;
    for (const reason of grounded.dropped) this.report.dropped[reason]++;
    const events = finishEvents(grounded.mentions, { ...reading, actors: grounded.actors });
    return { article, actors: grounded.actors, events, warnings: reading.warnings };
  }

  /** The valid answer for one piece: from the cache, else asked (and then kept). */
  private async answerTo(article: ArticleInput, piece: Piece, of: number): Promise<Answer> {
    const articleHash = createHash('sha256')
      .update(`${article.published ?? ''}\n${article.body}`)
      .digest('hex');
    const key = {
      model: this.settings.model,
      promptVersion: PROMPT_VERSION,
      schemaDigest: this.digest,
      articleHash,
      piece: piece.index,
      pieceText: piece.text,
    };
    const cached = this.cache.read(key);
    const cachedAnswer = cached === null ? null : checkAnswer(cached);
    if (cachedAnswer?.ok) {
      this.report.cached++;
      return cachedAnswer.answer;
    }
    const content = await this.ask(article, piece, of);
    const checked = checkAnswer(content);
    if (!checked.ok) throw new LlmExtractionError(checked.problem, checked.detail);
    this.cache.write(key, content);
    return checked.answer;
  }

  private async ask(article: ArticleInput, piece: Piece, of: number): Promise<string> {
    const messages = [
      { role: 'system' as const, content: `${systemPrompt()}\nSchema: ${JSON.stringify(this.schema)}` },
      { role: 'user' as const, content: userPrompt(piece.text, article.published, { index: piece.index, of }) },
    ];
    try {
      return await this.client.complete(messages, this.schema);
    } catch (error) {
      if (error instanceof LlmRequestError) throw new LlmExtractionError('request failed', error.message);
      throw error;
    }
  }
}
