import { describe, expect, it } from 'vitest';
import { isCaption } from '../../../src/extract/parse/captions.ts';

describe('photo captions by their credit', () => {
  it.each([
    'Two ministers shake hands in Tokyo on March 14, 2025. (Xinhua/Chen Li)',
    'Two ministers shake hands in Tokyo. CHEN LI/XINHUA',
    'Two ministers shake hands in Tokyo. [Photo by CHEN LI/CHINA DAILY]',
    'Two ministers shake hands in Tokyo on March 14. Jane Roe/Pool via REUTERS',
    'Two ministers shake hands in Tokyo. File photo: Sputnik/Jane Roe via Reuters',
    'Two ministers shake hands in Tokyo. Photo : MoFA',
    'Photo : YONHAP News',
    'The foreign minister. [Image: Ministry of Foreign Affairs]',
    'The minister welcomes his guest on arrival. Pic/AFP',
    'The two ministers spoke by phone. MOPA / AP',
    'The minister is due to hold talks with his counterpart./Courtesy Foreign Ministry',
  ])('%s', (line) => {
    expect(isCaption(line)).toBe(true);
  });

  it.each([
    'The ministers met in Tokyo on Friday, the ministry said.',
    'The agreement was signed in 2024/2025, officials said.',
    'He posted a photo of the meeting on social media.',
    'The two sides met via video link on Friday.',
  ])('not %s', (line) => {
    expect(isCaption(line)).toBe(false);
  });
});
