// The explorer end to end in headless Chromium against a server seeded from seed/articles:
// search, a person's page, their network and an edge's evidence, the timeline's counts, an
// article's highlighted mentions, deep links and the back button, hostile text shown as
// written, and no request leaving this server. Screenshots go to .tmp/explorer/.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/db/paths.ts';
import { startServer } from '../../src/graphql/server.ts';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database.ts';

const screenshots = path.join(projectRoot, '.tmp', 'explorer');
const apiToken = 'explorer-test-token';

let testDb: TestDatabase;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let page: Page;
let origin: string;
const outside: string[] = [];
const problems: string[] = [];

async function api<T>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`API error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Opens a deep link and waits until the view of that URL is on screen. */
async function open(hash: string): Promise<void> {
  await page.goto(`${origin}/explore${hash}`);
  await waitForView();
}

async function waitForView(): Promise<void> {
  await page.waitForFunction(() => {
    const main = document.querySelector('main');
    return main?.dataset.route === location.hash;
  }, undefined, { timeout: 30_000 });
}

const shoot = (name: string, fullPage = true) => page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage });

beforeAll(async () => {
  await mkdir(screenshots, { recursive: true });
  testDb = await createTestDatabase();
  server = await startServer({ db: testDb.db, port: 0, apiToken });
  origin = new URL(server.url).origin;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--disable-quic', '--no-first-run',
    ],
  });
  // A context of its own: axe needs one to analyse the page.
  page = await (await browser.newContext({ viewport: { width: 1280, height: 860 } })).newPage();
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // CSP violations are reported on the console as errors.
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('dialog', async (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await testDb?.close();
});

describe('the explorer', () => {
  it('finds Putin by keyboard, opens his page, and his network shows Xi Jinping with their two 2025 meetings and evidence', async () => {
    await open('');
    await shoot('home');
    const input = page.getByRole('combobox', { name: 'Search people, organizations, places and articles' });
    await input.focus();
    await page.keyboard.type('Putin');
    await page.locator('#search-listbox .search-option').first().waitFor({ timeout: 30_000 });
    await shoot('search', false);
    // Arrow down to the person among the results, then Enter.
    const options = await page.locator('#search-listbox .search-option').allInnerTexts();
    const index = options.findIndex((text) => /person/i.test(text) && text.includes('Vladimir Putin'));
    expect(index).toBeGreaterThanOrEqual(0);
    for (let i = 0; i <= index; i += 1) await page.keyboard.press('ArrowDown');
    expect(await page.locator('#search-listbox [aria-selected="true"]').innerText()).toContain('Vladimir Putin');
    await page.keyboard.press('Enter');
    await waitForView();
    expect(page.url()).toContain('#/person/');
    expect(await page.locator('h1').innerText()).toBe('Vladimir Putin');
    await shoot('person');

    await page.getByRole('link', { name: 'Network of who met whom' }).click();
    await waitForView();
    await page.locator('.network-canvas[data-drawn]').waitFor({ timeout: 30_000 });
    const networkUrl = page.url();

    // The list view holds the same people and pairs as the graph.
    await page.getByRole('link', { name: 'List' }).click();
    await waitForView();
    const xiRow = page.locator('.network-list tr', { has: page.getByRole('link', { name: 'Xi Jinping', exact: true }) }).first();
    await xiRow.waitFor();
    expect(await xiRow.locator('td').nth(1).innerText()).toBe('2');
    await shoot('network-list');

    await xiRow.locator('td').nth(1).getByRole('link').click();
    await waitForView();
    const panel = page.locator('.edge-panel');
    expect(await panel.locator('h2').innerText()).toBe('Xi Jinping and Vladimir Putin: 2 meetings');
    const dates = await panel.locator('.meeting .date').allInnerTexts();
    expect(dates).toHaveLength(2);
    expect(dates.every((date) => date.startsWith('2025'))).toBe(true);

    // The evidence shown is the evidence the API gives for their shared meetings.
    const { xi, putin } = await api<{ xi: { id: string }; putin: { id: string } }>('{ xi: person(name: "Xi") { id } putin: person(name: "Putin") { id } }');
    const { sharedMeetings } = await api<{ sharedMeetings: { edges: Array<{ node: { dateText: string; sources: { edges: Array<{ node: { sentence: { text: string } } }> } } }> } }>(
      'query($p: [ID!]!) { sharedMeetings(people: $p) { edges { node { dateText sources { edges { node { sentence { text } } } } } } } }',
      { p: [xi.id, putin.id] },
    );
    expect(dates).toEqual(sharedMeetings.edges.map((e) => e.node.dateText));
    const shownEvidence = await panel.locator('.evidence blockquote').allInnerTexts();
    expect(shownEvidence).toEqual(sharedMeetings.edges.flatMap((e) => e.node.sources.edges.map((s) => s.node.sentence.text)));

    // The graph with the same edge open: a deep link, reopened directly.
    const graphWithEdge = page.url().replace('view=list&', '').replace(/[?&]view=list/, '');
    await open(new URL(graphWithEdge).hash);
    await page.locator('.network-canvas[data-drawn]').waitFor({ timeout: 30_000 });
    expect(await page.locator('.edge-panel h2').innerText()).toBe('Xi Jinping and Vladimir Putin: 2 meetings');
    await shoot('network', false);

    // Back returns to the list, then to the graph without an edge.
    await page.goBack();
    await waitForView();
    expect(page.url()).toContain('view=list');
    await page.goBack();
    await waitForView();
    await page.goBack();
    await waitForView();
    expect(page.url()).toBe(networkUrl);
    await page.locator('.network-canvas[data-drawn]').waitFor({ timeout: 30_000 });
  });

  it('opens an edge, a person and an expansion by clicking the drawn graph', async () => {
    const { xi, putin } = await api<{ xi: { id: string }; putin: { id: string } }>('{ xi: person(name: "Xi") { id } putin: person(name: "Putin") { id } }');
    /** Page coordinates of a node, or of an edge's midpoint, as Cytoscape drew them. */
    const at = async (id: string) => {
      const canvas = page.locator('.network-canvas[data-drawn]');
      await canvas.waitFor({ timeout: 30_000 });
      const box = (await canvas.boundingBox())!;
      // Cytoscape keeps its instance on the container; the test reads where it drew things.
      const point = await canvas.evaluate((el, elementId) => {
        const cy = (el as unknown as { _cyreg: { cy: import('cytoscape').Core } })._cyreg.cy;
        const element = cy.getElementById(elementId);
        return element.isEdge() ? cy.edges().getElementById(elementId).renderedMidpoint() : cy.nodes().getElementById(elementId).renderedPosition();
      }, id);
      return { x: box.x + point.x, y: box.y + point.y };
    };
    const pair = [putin.id, xi.id].sort().join(',');
    await open(`#/network/${encodeURIComponent(putin.id)}`);
    const edge = await at(pair);
    await page.mouse.click(edge.x, edge.y);
    await waitForView();
    expect(decodeURIComponent(page.url())).toContain(`edge=${pair}`);
    expect(await page.locator('.edge-panel h2').innerText()).toBe('Xi Jinping and Vladimir Putin: 2 meetings');

    const node = await at(xi.id);
    await page.mouse.click(node.x, node.y, { button: 'right' });
    await waitForView();
    expect(decodeURIComponent(page.url())).toContain(`expand=${xi.id}`);
    // Xi's own neighbours join the graph.
    expect(Number(await page.locator('.network-canvas[data-drawn]').getAttribute('data-drawn'))).toBeGreaterThan(2);

    const again = await at(xi.id);
    await page.mouse.click(again.x, again.y);
    await waitForView();
    expect(await page.locator('h1').innerText()).toBe('Xi Jinping');
  });

  it("adds the network's organizations on request, in the graph and the list", async () => {
    // Zhao Leji met officials of Russian parties and parliament: their bodies took part.
    const { zhao } = await api<{ zhao: { id: string } }>('{ zhao: person(name: "Zhao Leji") { id } }');
    const { network } = await api<{ network: { organizations: Array<{ meetingCount: number; organization: { name: string } }> } }>(
      'query($id: ID!) { network(around: $id, organizations: 12) { organizations { meetingCount organization { name } } } }', { id: zhao.id },
    );
    expect(network.organizations.length).toBeGreaterThan(0);
    await open(`#/network/${encodeURIComponent(zhao.id)}?orgs=1`);
    const drawn = page.locator('.network-canvas[data-drawn]');
    await drawn.waitFor({ timeout: 30_000 });
    const organizationNodes = await drawn.evaluate((el) =>
      (el as unknown as { _cyreg: { cy: import('cytoscape').Core } })._cyreg.cy.nodes('.organization').map((n) => n.data('label') as string));
    expect(organizationNodes.sort()).toEqual(network.organizations.map((o) => o.organization.name).sort());
    await page.getByRole('link', { name: 'List' }).click();
    await waitForView();
    const rows = await page.locator('tr[data-organization]').evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector('th')?.textContent, Number(tr.querySelector('td')?.textContent)]));
    expect(rows).toEqual(network.organizations.map((o) => [o.organization.name, o.meetingCount]));
    await shoot('network-organizations');
  });

  it("draws the timeline with the API's monthly counts", async () => {
    await open('#/timeline');
    const { meetingTimeline } = await api<{ meetingTimeline: { months: Array<{ month: string; count: number }>; undated: number } }>(
      '{ meetingTimeline { months { month count } undated } }',
    );
    expect(meetingTimeline.months.length).toBeGreaterThan(0);
    const bars = await page.locator('svg.timeline-chart a.bar').evaluateAll((links) =>
      links.map((link) => ({ month: link.getAttribute('data-month'), count: Number(link.getAttribute('data-count')) })));
    expect(bars).toEqual(meetingTimeline.months);
    const rows = await page.locator('.timeline-table tbody tr[data-month]').evaluateAll((trs) =>
      trs.map((tr) => ({ month: tr.getAttribute('data-month'), count: Number(tr.querySelector('td')?.textContent) })));
    expect(rows).toEqual(meetingTimeline.months);
    expect(await page.locator('.undated').innerText()).toBe(`Undated: ${meetingTimeline.undated} meeting${meetingTimeline.undated === 1 ? '' : 's'}`);

    // A month opens its meetings; their number is the month's count.
    const busiest = [...meetingTimeline.months].sort((a, b) => b.count - a.count)[0]!;
    await page.locator(`a.bar[data-month="${busiest.month}"]`).click();
    await waitForView();
    expect(await page.locator('#month-heading').innerText()).toBe(`${busiest.month}: ${busiest.count} meeting${busiest.count === 1 ? '' : 's'}`);
    expect(await page.locator('.month-meetings .meeting').count()).toBe(Math.min(busiest.count, 20));
    await shoot('timeline');
    // Undated meetings are listed apart.
    await page.locator('.undated a').click();
    await waitForView();
    expect(await page.locator('#month-heading').innerText()).toBe(`Undated: ${meetingTimeline.undated} meetings`);
    expect(await page.locator('.month-meetings .meeting .date').allInnerTexts()).toEqual(Array(meetingTimeline.undated).fill('undated'));
  });

  it("highlights Mikhail Mishustin's mentions in an article at the API's offsets", async () => {
    const { person } = await api<{ person: { id: string; mentions: { edges: Array<{ node: { start: number; end: number; article: { slug: string } } }> } } }>(
      '{ person(name: "Mishustin") { id mentions(first: 100) { edges { node { start end article { slug } } } } } }',
    );
    const slug = person.mentions.edges[0]!.node.article.slug;
    const expected = person.mentions.edges.filter((e) => e.node.article.slug === slug).map((e) => [e.node.start, e.node.end])
      .sort((a, b) => a[0]! - b[0]!);
    expect(expected.length).toBeGreaterThan(1);
    const { article } = await api<{ article: { body: string; title: string } }>('query($s: String!) { article(slug: $s) { body title } }', { s: slug });

    await open(`#/article/${slug}`);
    expect(await page.locator('h1').innerText()).toBe(article.title);
    const highlighted = await page.locator(`.article-body a.mention-person[href$="${encodeURIComponent(person.id)}"]`).evaluateAll((links) =>
      links.map((link) => ({ start: Number(link.getAttribute('data-start')), end: Number(link.getAttribute('data-end')), text: link.textContent })));
    expect(highlighted.map((m) => [m.start, m.end])).toEqual(expected);
    for (const mention of highlighted) expect(mention.text).toBe(article.body.slice(mention.start, mention.end));
    // The body is shown whole, character for character.
    expect(await page.locator('.article-body').evaluate((el) => el.textContent)).toBe(article.body);
    expect(await page.locator('.article-body mark.evidence-mark').count()).toBeGreaterThan(0);
    await shoot('article', false);
  });

  it("passes axe's WCAG 2 A and AA checks (contrast, labels, names) on every view", async () => {
    const { xi, putin, zhao, mishustin } = await api<{
      xi: { id: string }; putin: { id: string }; zhao: { id: string }; mishustin: { articles: { edges: Array<{ node: { slug: string } }> } };
    }>('{ xi: person(name: "Xi") { id } putin: person(name: "Putin") { id } zhao: person(name: "Zhao Leji") { id } mishustin: person(name: "Mishustin") { articles(first: 1) { edges { node { slug } } } } }');
    const around = encodeURIComponent(putin.id);
    const edge = encodeURIComponent(`${putin.id},${xi.id}`);
    const views = [
      '', '#/search?q=Putin', `#/person/${around}`, `#/network/${around}?edge=${edge}`, `#/network/${around}?view=list`, `#/network/${encodeURIComponent(zhao.id)}?view=list&orgs=1`,
      '#/timeline?month=2025-11', `#/article/${mishustin.articles.edges[0]!.node.slug}`,
    ];
    const violations: string[] = [];
    for (const view of views) {
      await open(view);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      // The rules ran on this view's content (contrast among them), not on an empty page.
      expect(result.passes.map((rule) => rule.id)).toEqual(expect.arrayContaining(['color-contrast', 'link-name']));
      for (const v of result.violations) violations.push(`${view || 'home'}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
    expect(violations).toEqual([]);
  });

  it('shows hostile titles, bodies and names as written, and runs none of them', async () => {
    const title = 'Putin meets Li <img src=x onerror="window.__pwned=1"> in Moscow <script>window.__pwned = 2</script>';
    const text = ` date 2025-11-20 Connect with us\n\n${title}\n\nMOSCOW, Nov 20 (Xinhua) -- Russian President Vladimir Putin met with Chinese Premier Li Qiang in Moscow on Wednesday, <img src=x onerror="window.__pwned=3"> the Kremlin said. <script>window.__pwned = 4</script>\n`;
    const { ingestArticle } = await api<{ ingestArticle: { article?: { slug: string; title: string; body: string; people: { edges: Array<{ node: { id: string; name: string } }> } } } }>(
      'mutation($f: String!, $t: String!) { ingestArticle(fileName: $f, text: $t) { ... on IngestArticleSuccess { article { slug title body people { edges { node { id name } } } } } } }',
      { f: 'hostile.txt', t: text },
      { authorization: `Bearer ${apiToken}` },
    );
    const article = ingestArticle.article!;
    expect(article.title).toBe(title);
    expect(article.body).toContain('<script>');
    // A person's name carrying markup, as a hostile ingest could store it.
    const li = article.people.edges.find((e) => e.node.name === 'Li Qiang')!.node;
    const hostileName = 'Li <img src=x onerror="window.__pwned=5"><script>window.__pwned=6</script>';
    await testDb.db.person.update({ where: { id: Number(Buffer.from(li.id, 'base64').toString().split(':')[1]) }, data: { name: hostileName } });

    await open(`#/article/${article.slug}`);
    expect(await page.locator('h1').innerText()).toBe(title);
    expect(await page.locator('.article-body').evaluate((el) => el.textContent)).toBe(article.body);
    await shoot('hostile-article');
    await open(`#/person/${encodeURIComponent(li.id)}`);
    expect(await page.locator('h1').innerText()).toBe(hostileName);
    const { putin } = await api<{ putin: { id: string } }>('{ putin: person(name: "Putin") { id } }');
    await open(`#/network/${encodeURIComponent(putin.id)}?view=list`);
    expect(await page.locator('.network-list').innerText()).toContain(hostileName);

    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('main img, main script').count()).toBe(0);
    expect(await page.evaluate(() => [...document.scripts].map((s) => new URL(s.src).pathname))).toEqual(['/explore/app.js']);
  });

  it('made no request beyond this server and met no script error or CSP violation', () => {
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  });
});
