// Whole page layouts, written for these tests in the shapes real outlets use.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/extract/parse/article.ts';

const meta = (text: string) => {
  const a = parseArticle('page.txt', text);
  return { title: a.title, publishedOn: a.publishedOn, source: a.source, dateline: a.dateline };
};
const page = (...lines: string[]) => lines.join('\n\n');
const LEAD = 'The two foreign ministers met on Friday to discuss trade, visas and a new air link between their capitals.';

describe('headers of any outlet', () => {
  it('skips a section word above the headline', () => {
    expect(meta(page(' date 2025-03-14 WORLD', 'Ministers agree on new air link', LEAD)).title).toBe('Ministers agree on new air link');
    expect(meta(page(' date 2025-03-14 Newsfrom Asia', `TOKYO, March 14 (Kyodo) -- ${LEAD}`)).title).toBeNull();
  });

  it('skips breadcrumbs, share bars, URLs and reading times', () => {
    const text = page('Home > World > Asia', 'Ministers agree on new air link', 'Share on Facebook', '3 min read', LEAD);
    expect(meta(text).title).toBe('Ministers agree on new air link');
    expect(parseArticle('p.txt', text).body).toBe(LEAD);
    expect(meta(page(' date 2025-03-14 https://example.org/world/ministers-agree', 'Ministers agree on new air link', LEAD)).title).toBe(
      'Ministers agree on new air link',
    );
  });

  it("dates the story by the stamp below the headline, not the page's date widget above it", () => {
    expect(meta(page('Fri 14-March-2025', 'Ministers agree on new air link', 'Monday 3-February-2025', LEAD))).toMatchObject({
      title: 'Ministers agree on new air link',
      publishedOn: '2025-02-03',
    });
    expect(meta(page('14 March, 2025, 8:00 pm Northern - 21°C Showers', 'Ministers agree on new air link', '20/02/2025', LEAD))).toMatchObject({
      title: 'Ministers agree on new air link',
      publishedOn: '2025-02-20',
    });
  });

  it('uses a stamp above the headline when there is no other', () => {
    expect(meta(page('March 14, 2025', 'Ministers agree on new air link', LEAD)).publishedOn).toBe('2025-03-14');
  });

  it('reads a stamp below a one-line standfirst, and drops the headline repeated above the story', () => {
    const text = page(
      'Ministers agree on new air link',
      'Flights between the two capitals are set to resume in May.',
      'Ministers agree on new air link',
      'Jane Roe',
      'Mar 14, 2025',
      LEAD,
    );
    expect(meta(text).publishedOn).toBe('2025-03-14');
    expect(parseArticle('p.txt', text).body).not.toContain('Ministers agree on new air link');
  });

  it('takes the source and filing city from a credit row', () => {
    expect(meta(page('Ministers agree on new air link', 'Reuters | Tokyo | Updated: 14-03-2025 12:26 IST', LEAD))).toEqual({
      title: 'Ministers agree on new air link',
      publishedOn: '2025-03-14',
      source: 'Reuters',
      dateline: 'Tokyo',
    });
    expect(meta(page('Ministers agree on new air link', 'Updated on: 14 March,2025 08:42 AM IST | Tokyo', 'Agencies |', LEAD))).toMatchObject({
      source: 'Agencies',
      dateline: 'Tokyo',
    });
  });

  it('reads an outlet after the author and strips the site name from the headline', () => {
    expect(meta(page('Ministers agree on new air link | Reuters', 'By Jane Roe, Associated Press', LEAD))).toMatchObject({
      title: 'Ministers agree on new air link',
      source: 'Associated Press',
    });
  });

  it('reads a labelled headline', () => {
    expect(meta(page('Headline: Ministers agree on new air link', LEAD)).title).toBe('Ministers agree on new air link');
  });

  it('keeps a headline that asks a question or quotes', () => {
    expect(meta(page('Will the air link open in May?', LEAD)).title).toBe('Will the air link open in May?');
    expect(meta(page('Minister says "no deal" on visas', LEAD)).title).toBe('Minister says "no deal" on visas');
  });

  it('skips photo captions on the way to the dateline', () => {
    const text = page(
      ' date 2025-03-14 Connect with us',
      'The minister is due to hold talks with his counterpart./Courtesy Foreign Ministry',
      'DIPLOMACY',
      'Ministers To Hold Talks On Air Link',
      'Published',
      `NAIROBI, Kenya Mar 14 – ${LEAD}`,
    );
    expect(meta(text)).toEqual({ title: 'Ministers To Hold Talks On Air Link', publishedOn: '2025-03-14', source: null, dateline: 'Nairobi' });
  });

  it('credits the agency in a closing line when the header names none', () => {
    expect(meta(page('Ministers agree on new air link', LEAD, 'They will meet again in May.', '— Reuters')).source).toBe('Reuters');
  });

  it('reads the outlet and date of an "Outlet , Weekday D Mon YYYY" line', () => {
    expect(meta(page('Ministers agree on new air link', 'Harbour Times , Friday 14 Mar 2025', LEAD))).toEqual({
      title: 'Ministers agree on new air link',
      publishedOn: '2025-03-14',
      source: 'Harbour Times',
      dateline: null,
    });
  });

  it('skips an "Outlet | Section" breadcrumb above the headline', () => {
    const text = page('HARBOUR NEWS | Politics', 'Ministers agree on new air link', 'Friday, March 14, 2025 10:05 WIB', `Jakarta (ANTARA) - ${LEAD}`);
    expect(meta(text)).toEqual({ title: 'Ministers agree on new air link', publishedOn: '2025-03-14', source: 'ANTARA', dateline: 'Jakarta' });
  });

  it('credits an agency as its own dateline writes it when the masthead spells the name out', () => {
    const text = page('Press Trust of India', 'Ministers agree on new air link', `New Delhi, Mar 14 (PTI) ${LEAD}`);
    expect(meta(text).source).toBe('PTI');
    expect(meta(page('Ministers agree on new air link', 'By Jane Roe | Reuters', `LONDON, March 14 (AFP) - ${LEAD}`)).source).toBe('Reuters');
  });

  it('dates a "Month DD - YYYY , HH:MM" stamp and reads a "CITY. AGENCY –" dateline', () => {
    const text = page('Ministers agree on new air link', 'March 14 - 2025 , 10:05', `KYIV. UKRINFORM – ${LEAD}`);
    expect(meta(text)).toEqual({ title: 'Ministers agree on new air link', publishedOn: '2025-03-14', source: 'Ukrinform', dateline: 'Kyiv' });
  });
});

describe('metadata from lines of their own and from the dateline', () => {
  it('dates a story by a dateline that writes the year, when no stamp does', () => {
    expect(meta(page('Ministers agree on new air link', `Kuala Lumpur, 9 July 2025 — ${LEAD}`))).toMatchObject({ publishedOn: '2025-07-09', dateline: 'Kuala Lumpur' });
    expect(meta(page('Ministers agree on new air link', `DOHA, March 18, 2025 (AFP) - ${LEAD}`)).publishedOn).toBe('2025-03-18');
    expect(meta(page('Ministers agree on new air link', `SEOUL, Sept. 14 (Yonhap) -- ${LEAD}`)).publishedOn).toBeNull();
  });

  it('reads a city on its own line as the dateline, and a site name below its stamp as the source', () => {
    expect(meta(page('Ministers agree on new air link', 'Jane Roe and John Doe', 'Brussels', 'June 26, 2025', LEAD))).toEqual({
      title: 'Ministers agree on new air link',
      publishedOn: '2025-06-26',
      source: null,
      dateline: 'Brussels',
    });
    expect(meta(page('Ministers agree on new air link', '12.11.2025 15:20', 'Nordic News', LEAD)).source).toBe('Nordic News');
  });

  it('reads a "City, Weekday, D Month YYYY" line below the headline as the dateline and the day', () => {
    expect(meta(page('Ministers agree on new air link', 'Nairobi, Friday, 14 March 2025', LEAD))).toEqual({
      title: 'Ministers agree on new air link',
      publishedOn: '2025-03-14',
      source: null,
      dateline: 'Nairobi',
    });
  });

  it('reads an "Outlet, City" line and a labelled date line below the headline', () => {
    expect(meta(page('Ministers agree on new air link', 'Harbour Times, Nairobi', 'Date: 14 March 2025 | 10:05', LEAD))).toEqual({
      title: 'Ministers agree on new air link',
      publishedOn: '2025-03-14',
      source: 'Harbour Times',
      dateline: 'Nairobi',
    });
  });

  it('dates a story by a stamp on its last line when the header has none', () => {
    expect(meta(page('Ministers agree on new air link', `SEOUL, March 14 (Yonhap) -- ${LEAD}`, '(END)', '2025/03/14 14:32 KST')).publishedOn).toBe('2025-03-14');
    expect(meta(page('Ministers agree on new air link', LEAD, 'March 14, 2025')).publishedOn).toBe('2025-03-14');
    expect(meta(page('Ministers agree on new air link', 'March 10, 2025', LEAD, 'March 14, 2025')).publishedOn).toBe('2025-03-10');
  });

  it('credits the agency named in parentheses on the last line', () => {
    expect(meta(page('Ministers agree on new air link', LEAD, '(WAM)')).source).toBe('WAM');
  });

  it('takes a masthead above the headline for the source, not the title', () => {
    expect(meta(page('El Diario de Lima — Política', 'Ministers agree on new air link', 'By Jane Roe', 'Published: 14 March 2025', LEAD))).toEqual({
      title: 'Ministers agree on new air link',
      publishedOn: '2025-03-14',
      source: 'El Diario de Lima',
      dateline: null,
    });
    expect(meta(page('RTV Pacific', 'Ministers agree on new air link', LEAD))).toMatchObject({ title: 'Ministers agree on new air link', source: 'RTV Pacific' });
    expect(meta(page('Lowlands Daily — news from the Low Countries', 'Ministers agree on new air link', `LIMA (AFP) - ${LEAD}`)).source).toBe('AFP');
  });

  it('reads a press release: the issuing body is the source, the label neither title nor dateline', () => {
    expect(meta(page('REPUBLIC OF ARCADIA', 'MINISTRY OF FOREIGN AFFAIRS', 'PRESS RELEASE', 'MINISTER RECEIVES HARBOUR ENVOY', '14 March 2025', LEAD))).toEqual({
      title: 'MINISTER RECEIVES HARBOUR ENVOY',
      publishedOn: '2025-03-14',
      source: 'Ministry of Foreign Affairs',
      dateline: null,
    });
    expect(meta(page('Council of the Harbour States', 'Press release', '2025-03-14 18:30', 'Trade Council, 14 March 2025: main results', LEAD))).toEqual({
      title: 'Trade Council, 14 March 2025: main results',
      publishedOn: '2025-03-14',
      source: 'Council of the Harbour States',
      dateline: null,
    });
    expect(meta(page('Ministers agree on new air link', 'Press release', 'March 14, 2025', LEAD))).toMatchObject({ title: 'Ministers agree on new air link', source: null });
  });

  it('keeps a wire tag in front of the headline', () => {
    expect(meta(page('(LEAD) Ministers agree on new air link', LEAD)).title).toBe('(LEAD) Ministers agree on new air link');
  });

  it('does not take a sentence with a party in parentheses for a dateline', () => {
    expect(meta(page('Ministers agree on new air link', `Defence Minister Jane Roe (NCP), who hosted the talks, said ${LEAD}`)).dateline).toBeNull();
  });

  it('reads a "Published …" stamp hedged with "Updated about 2 hours ago" and the print edition that closes the story', () => {
    expect(meta(page('Ministers agree on new air link', 'Jane Roe', 'Published March 3, 2026 Updated about 2 hours ago', `ISLAMABAD: ${LEAD}`, 'Published in Harbour Daily, March 3rd, 2026'))).toEqual({
      title: 'Ministers agree on new air link',
      publishedOn: '2026-03-03',
      source: 'Harbour Daily',
      dateline: 'Islamabad',
    });
  });

  it("skips a row of topic tags above the headline and takes a one-word site's name beside its stamp", () => {
    expect(meta(page('Mining & Metals | Oil & Gas | Brazil', 'Ministers agree on new air link', 'Tuesday, October 14, 2025 | BizWire', LEAD))).toEqual({
      title: 'Ministers agree on new air link',
      publishedOn: '2025-10-14',
      source: 'BizWire',
      dateline: null,
    });
    // A section word beside a stamp is not a site's name.
    expect(meta(page('Ministers agree on new air link', 'WORLD | Oct 14, 2025', LEAD)).source).toBeNull();
  });

  it('reads a "City - D MON YYYY - HH:MM ZONE" line as the dateline and the day', () => {
    expect(meta(page('Ministers agree on new air link', 'JANE ROE', 'Madrid - 10 FEB 2026 - 14:05 CET', LEAD))).toMatchObject({ publishedOn: '2026-02-10', dateline: 'Madrid' });
  });

  it('reads an agency closed by a period after a date in capitals: "YEREVAN, FEBRUARY 12, ARMENPRESS."', () => {
    expect(meta(page(`YEREVAN, FEBRUARY 12, ARMENPRESS. ${LEAD}`))).toMatchObject({ source: 'Armenpress', dateline: 'Yerevan', publishedOn: null });
    // The dateline's period does not end a sentence.
    expect(parseArticle('p.txt', page(`YEREVAN, FEBRUARY 12, ARMENPRESS. ${LEAD}`)).sentences).toHaveLength(1);
  });

  it("reads a numbered release label, a press office's masthead and a release footer", () => {
    expect(meta(page('PRESS RELEASE NO. 26/071', 'Ministers agree on new air link', 'March 4, 2026', LEAD)).title).toBe('Ministers agree on new air link');
    expect(meta(page('Harbour City Hall – Press Office', 'Ministers agree on new air link', '20.05.2026', LEAD))).toMatchObject({
      title: 'Ministers agree on new air link',
      source: 'Harbour City Hall',
    });
    expect(meta(page('MEDIA STATEMENT', 'MINISTER AGREES ON NEW AIR LINK', LEAD, 'Issued by: Harbour Treasury', 'Date: 17 April 2026', 'Enquiries:', 'Media Liaison Office', 'media@example.org'))).toMatchObject({
      publishedOn: '2026-04-17',
      source: 'Harbour Treasury',
    });
  });

  it("credits the site whose name is the page's last line", () => {
    expect(meta(page('Ministers agree on new air link', LEAD, 'Read more:', 'Harbour News')).source).toBe('Harbour News');
    expect(meta(page('Ministers agree on new air link', LEAD, 'Jane Roe')).source).toBeNull();
  });

  it('takes a masthead above section lines, in capitals or not, and skips a section set like a headline', () => {
    expect(meta(page('HW', 'Politics | Germany', 'Ministers agree on new air link', LEAD, '06/16/2026 June 16, 2026'))).toMatchObject({
      title: 'Ministers agree on new air link',
      source: 'HW',
    });
    expect(meta(page('HARBOUR STANDARD', 'News', 'Ministers agree on new air link', LEAD))).toMatchObject({ title: 'Ministers agree on new air link', source: 'Harbour Standard' });
    expect(meta(page('TASS', 'Russian Politics & Diplomacy', '3 OCT 2026, 14:22', 'Ministers agree on new air link in Pyongyang', LEAD)).title).toBe(
      'Ministers agree on new air link in Pyongyang',
    );
    expect(meta(page('ARCADIA > DIPLOMACY', 'Ministers agree on new air link', LEAD)).title).toBe('Ministers agree on new air link');
  });

  it('reads "Outlet - date - time | Sections", an American month-first date and an ordinal day in a dateline', () => {
    expect(meta(page('Ministers agree on new air link', 'HARBOUR NEWS - Aug 22, 2026 - 20:17 | World, All', LEAD))).toMatchObject({
      publishedOn: '2026-08-22',
      source: 'Harbour News',
    });
    expect(meta(page('Ministers agree on new air link', '06/16/2026', LEAD)).publishedOn).toBe('2026-06-16');
    expect(meta(page('Ministers agree on new air link', `Harbourtown, June 25/2026 – ${LEAD}`))).toMatchObject({ publishedOn: '2026-06-25', dateline: 'Harbourtown' });
    expect(meta(page('Ministers agree on new air link', `Riyadh, 2nd March 2026 (WAM) -- ${LEAD}`))).toMatchObject({
      publishedOn: '2026-03-02',
      source: 'WAM',
      dateline: 'Riyadh',
    });
  });

  it("credits a copyright holder by its name, 'The' kept and the company form dropped", () => {
    expect(meta(page('Ministers agree on new air link', LEAD, '© 2026 The Harbour Times DAC')).source).toBe('The Harbour Times');
    expect(meta(page('Ministers agree on new air link', LEAD, '© 2026 The Associated Press')).source).toBe('Associated Press');
  });

  it('drops a link to another story from the body', () => {
    const body = parseArticle('p.txt', page('Ministers agree on new air link', LEAD, 'Read more: Leaders trade barbs at the summit', 'The ministers will meet again in May.')).body;
    expect(body).not.toContain('Leaders trade barbs');
    expect(body).toContain('meet again in May');
  });

  it('reads bylines that sign for a site, name a beat or a desk, or add an agency', () => {
    expect(meta(page('Ministers agree on new air link', 'By Harbour News', 'March 4, 2026', LEAD)).source).toBe('Harbour News');
    expect(meta(page('Ministers agree on new air link', 'BY DAILY HARBOUR WITH AA', 'Published Jan 24, 2026 5:52 PM GMT+3', LEAD)).source).toBe('Daily Harbour');
    expect(meta(page('Ministers agree on new air link', 'Our Staff Reporter | Published August 12, 2026', LEAD)).publishedOn).toBe('2026-08-12');
    const byBeat = parseArticle('p.txt', page('Ministers agree on new air link', 'By political reporter Jane Roe', 'Posted Wed 8 Jul 2026', LEAD));
    expect(byBeat.paragraphs.filter((p) => p.kind === 'footer').map((p) => byBeat.body.slice(p.start, p.end))).toEqual(['By Jane Roe']);
  });
});

