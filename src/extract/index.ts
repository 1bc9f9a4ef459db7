// The public face of extraction: everything outside src/extract imports from here.
export { extractArticle, type ExtractOptions } from './pipeline.ts';
export { CLAUSE_RULES, MEETING_PASSES } from './meetings/meetings.ts';
export { ArticleParseError, parseArticle, slugOf } from './parse/article.ts';
export { toGold, type GoldArticle, type GoldMeeting } from './gold.ts';
export type * from './types.ts';
export { foldName } from './names.ts';
export { knownName } from './link/knowledge.ts';
