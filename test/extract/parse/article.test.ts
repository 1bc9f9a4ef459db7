import { describe, expect, it } from 'vitest';
import { ArticleParseError, parseArticle } from '../../../src/extract/parse/article.ts';
import { loadFixtures } from '../../../src/eval/fixtures.ts';

const fixtures = loadFixtures();

describe('parseArticle metadata', () => {
  it.each(fixtures.map((f) => [f.file, f] as const))('%s matches gold', (_, f) => {
    const a = parseArticle(f.file, f.text);
    expect({ title: a.title, publishedOn: a.publishedOn, source: a.source, dateline: a.dateline }).toEqual({
      title: f.gold.title,
      publishedOn: f.gold.publishedOn,
      source: f.gold.source,
      dateline: f.gold.dateline,
    });
  });
});

describe('parseArticle body', () => {
  it.each(fixtures.map((f) => [f.file, f] as const))('%s has no header boilerplate', (_, f) => {
    const { body } = parseArticle(f.file, f.text);
    expect(body).not.toMatch(/^\s*date \d{4}-\d{2}-\d{2}/m);
    expect(body).not.toMatch(/Connect with us/);
    expect(body).not.toMatch(/^Xinhua\) \d/m);
    expect(body).not.toMatch(/by times news cr/i);
    expect(body).not.toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/m);
    expect(body).not.toMatch(/^Title:/m);
  });

  it('keeps photo captions and editor footers as their own paragraphs', () => {
    const text = [
      ' date 2025-01-02 Officials meet',
      '',
      'Wang Ming meets Ivan Petrov in Beijing, Jan. 1, 2025. (Xinhua/Sun Li)',
      '',
      'BEIJING, Jan. 1 (Xinhua) -- Wang Ming met Ivan Petrov on Wednesday.',
      '',
      '(Web editor: Zhang Wei, Li Na)',
    ].join('\n');
    const a = parseArticle('x.txt', text);
    expect(a.paragraphs.map((p) => p.kind)).toEqual(['caption', 'text', 'footer']);
    expect(a.paragraphs.map((p) => a.body.slice(p.start, p.end))[2]).toBe('(Web editor: Zhang Wei, Li Na)');
    expect(a.title).toBe('Officials meet');
    expect(a.dateline).toBe('Beijing');
  });

  it('reads a headline that follows site boilerplate and a caption', () => {
    const text = ' date 2025-11-05 Connect with us\n\nA caption about talks. LI MING/CHINA DAILY\n\nLeaders pledge closer ties\n\nBEIJING, Nov 5 — The talks went well.';
    const a = parseArticle('y.txt', text);
    expect(a.title).toBe('Leaders pledge closer ties');
    expect(a.paragraphs[0]?.kind).toBe('caption');
    expect(a.body).not.toContain('Leaders pledge closer ties');
  });

  it('splits sentences without breaking at abbreviations', () => {
    const text = 'Headline here\n\nMOSCOW, Nov. 7 (Xinhua) -- Officials met in St. Petersburg on Nov. 6 to discuss U.S. tariffs. The next round is set for Dec. 3. It ends there.';
    const a = parseArticle('z.txt', text);
    expect(a.sentences.map((s) => s.text)).toEqual([
      'MOSCOW, Nov. 7 (Xinhua) -- Officials met in St. Petersburg on Nov. 6 to discuss U.S. tariffs.',
      'The next round is set for Dec. 3.',
      'It ends there.',
    ]);
    for (const s of a.sentences) expect(a.body.slice(s.start, s.end)).toBe(s.text);
  });

  it('derives the slug from the file name', () => {
    expect(parseArticle('001_EEB6f.txt', 'Title\n\nSome text.').slug).toBe('001-eeb6f');
  });

  it.each([
    ['empty', ''],
    ['whitespace', '  \n\n \t\n'],
    ['only boilerplate', ' date 2025-01-01 Connect with us\n\nXinhua) 10:00, January 01, 2025\n'],
  ])('throws ArticleParseError for %s text', (_, text) => {
    expect(() => parseArticle('bad.txt', text)).toThrow(ArticleParseError);
    try {
      parseArticle('bad.txt', text);
    } catch (error) {
      expect((error as ArticleParseError).fileName).toBe('bad.txt');
    }
  });
});
