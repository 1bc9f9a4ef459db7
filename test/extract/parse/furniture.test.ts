import { describe, expect, it } from 'vitest';
import { isFurniture, isShortLabel } from '../../../src/extract/parse/furniture.ts';

describe('site furniture around a headline', () => {
  it.each([
    'WORLD', 'Americas', 'Politics', 'Middle East & Africa', 'Connect with us', 'Top', 'Published', 'Short link:',
    'Home > World > Asia', 'News / Politics', 'Share on Facebook', 'Facebook Twitter WhatsApp Email',
    'https://example.org/2025/03/14/ministers-meet', '1 minute read', '4 min read', 'Sunny 23°C',
    'Daily Herald | Politics', 'REUTERS | World', 'Press release', 'PRESS RELEASE', 'Media Release',
  ])('%s is furniture', (line) => {
    expect(isFurniture(line)).toBe(true);
  });

  it.each(['Ministers meet in Tokyo', 'Home ministers agree on border checks', 'Share prices fall in Asia', 'World leaders gather in Rome', 'Reuters | Beijing', 'Ministers meet | Politics', 'Press release on talks due'])(
    '%s is not',
    (line) => {
      expect(isFurniture(line)).toBe(false);
    },
  );

  it('takes one or two capitalised words for a label, a sentence for a headline', () => {
    expect(isShortLabel('Newsfrom Asia')).toBe(true);
    expect(isShortLabel('DIPLOMACY')).toBe(true);
    expect(isShortLabel('Officials meet')).toBe(false);
    expect(isShortLabel('Ministers Meet In Tokyo')).toBe(false);
  });
});
