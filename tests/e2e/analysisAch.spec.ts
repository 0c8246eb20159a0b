import { expect, test } from './fixtures';
import { seriousViolations } from './support/axe';
import { AnalysisPane } from './pages/AnalysisPane';
import { callApi, createExcerpt, importText } from './pages/pageApi';

/**
 * The ACH matrix in the browser: two hypotheses, evidence from two independent origins,
 * cells rated through the UI, the weighted inconsistency scores and ranks, diagnostic rows,
 * the "what if this source is wrong" view; then the same in German and in the dark theme.
 */

test.describe.configure({ timeout: 90_000 });

const H1 = 'The officers died in a strike on a training ground';
const H2 = 'No North Korean officers were in Ukraine';

test('ACH: rate cells, see scores, ranks and diagnosticity, and what changes without one origin', async ({
  app,
  page,
}) => {
  await app.start();
  await app.createCase('ACH');
  const agency = await importText(page, 'agentur.txt', 'Agentur\n\nSechs Offiziere wurden bei einem Angriff getötet.');
  const blog = await importText(page, 'blog.txt', 'Militärblog\n\nNordkoreanisches Personal besuchte die Front.');
  await callApi(page, 'sources.setReliability', { sourceId: agency, reliability: 'B', reason: 'Agency record' });
  const e1 = await createExcerpt(page, { sourceId: agency, quote: 'Sechs Offiziere wurden bei einem Angriff getötet' });
  const e2 = await createExcerpt(page, { sourceId: blog, quote: 'Nordkoreanisches Personal besuchte die Front' });
  const analysis = new AnalysisPane(page);
  await analysis.create('Hypothesis', H1);
  await analysis.create('Hypothesis', H2);
  await expect(analysis.group('Hypotheses')).toContainText('2');
  const { items } = await callApi<{ items: { id: string; text: string }[] }>(page, 'analysis.list', {});
  const h1 = items.find((i) => i.text === H1)!.id;
  await callApi(page, 'evidence.add', { excerptId: e1.id, targetId: h1, credibility: '2', reason: 'Agency report' });
  await callApi(page, 'evidence.add', { excerptId: e2.id, targetId: h1, stance: 'context' });

  await analysis.openAch();
  const matrix = analysis.ach;
  await expect(matrix.getByRole('row')).toHaveCount(5); // header, two evidence rows, score and rank
  const cell = (quote: string, h: string) =>
    matrix.getByRole('combobox', { name: new RegExp(`^“${quote}.*” against ${h}$`) });
  await cell('Sechs Offiziere', 'H1').selectOption('C');
  await cell('Sechs Offiziere', 'H2').selectOption('II');
  await cell('Nordkoreanisches Personal', 'H1').selectOption('C');
  await cell('Nordkoreanisches Personal', 'H2').selectOption('C');
  await expect(cell('Nordkoreanisches Personal', 'H2')).toHaveValue('C');

  // H2: II × weight 0.85 (credibility 2) = 1.7; H1 has nothing against it.
  const scores = matrix.getByRole('row', { name: /^Weighted inconsistency/ });
  await expect(scores).toHaveText(/Weighted inconsistency\s*0\s*1\.7/);
  const ranks = matrix.getByRole('row', { name: /^Rank/ });
  await expect(ranks).toHaveText(/Rank \(1 = least evidence against\)\s*1\s*2/);
  // The agency row tells the hypotheses apart; the blog row fits both alike and is dimmed.
  await expect(matrix.getByRole('row', { name: /Sechs Offiziere/ })).toHaveAttribute('data-diagnostic', 'true');
  await expect(matrix.getByRole('row', { name: /Nordkoreanisches Personal/ })).toHaveAttribute(
    'data-diagnostic',
    'false',
  );
  await expect(matrix.getByRole('row', { name: /Nordkoreanisches Personal/ })).toContainText('fits all alike');
  await expect(analysis.workspace).not.toContainText(/winner|best hypothesis|verdict:/i);

  // What if the agency is wrong: without its row, both hypotheses score 0 and the ranking moves.
  await analysis.workspace.getByLabel('Leave out the evidence of').selectOption({ label: 'Agentur' });
  await expect(analysis.workspace.getByRole('status').last()).toHaveText(
    '1 row left out. The ranking changes without it.',
  );
  const without = analysis.workspace.getByRole('table', { name: 'Scores without this origin' });
  await expect(without.getByRole('row', { name: /^H2/ })).toHaveText(/H2.*1\.7\s*0\s*2\s*1/);
  await analysis.workspace.getByLabel('Leave out the evidence of').selectOption({ label: 'Militärblog' });
  await expect(analysis.workspace.getByRole('status').last()).toHaveText(
    '1 row left out. The ranking stays the same without it.',
  );
  await app.screenshot('analysis-ach-light');
  expect(await seriousViolations(page)).toEqual([]);

  // Dark theme, then German: the same view, every label translated, the stored codes kept.
  await page.keyboard.press('Control+Shift+L');
  await expect(page.locator('body')).toHaveClass(/bp6-dark/);
  await app.screenshot('analysis-ach-dark');
  expect(await seriousViolations(page)).toEqual([]);
  await app.preferences.choose('Deutsch');
  const ws = page.getByRole('main', { name: 'Arbeitsbereich' });
  await expect(ws.getByRole('heading', { name: 'Analyse konkurrierender Hypothesen' })).toBeVisible();
  await expect(ws.getByRole('row', { name: /^Gewichtete Inkonsistenz/ })).toHaveText(/0\s*1,7/);
  await expect(ws.getByRole('status').last()).toHaveText('1 Zeile weggelassen. Ohne sie bleibt die Rangfolge gleich.');
  await app.screenshot('analysis-ach-de-dark');
});

test('German: the section, the inspector with ratings in German labels, the checks list', async ({ app, page }) => {
  await app.start();
  await app.createCase('Urteile');
  await app.preferences.choose('Deutsch');
  const source = await importText(
    page,
    'bericht.txt',
    'Bericht\n\nDas wurde bisher nur von einer Geheimdienstquelle bestätigt.',
  );
  const excerpt = await createExcerpt(page, { sourceId: source, quote: 'nur von einer Geheimdienstquelle bestätigt' });
  const judgment = await callApi<{ id: string }>(page, 'analysis.create', {
    kind: 'judgment',
    text: 'Nordkoreanische Offiziere sind gefallen',
  });
  await callApi(page, 'evidence.add', {
    excerptId: excerpt.id,
    targetId: judgment.id,
    credibility: '1',
    reason: 'Agentur',
  });
  await callApi(page, 'analysis.rate', {
    id: judgment.id,
    likelihood: { scale: 'ICD203', term: 'very likely' },
    confidence: 'high',
    reason: 'Erste Einschätzung',
  });
  await callApi(page, 'analysis.create', { kind: 'gap', text: 'Keine Foto- oder Videobeweise' });
  const section = page
    .getByRole('region', { name: 'Navigator' })
    .getByRole('region', { name: /^Behauptungen & Kernaussagen/ });
  const row = section.getByRole('option', { name: 'Nordkoreanische Offiziere sind gefallen' });
  await expect(row).toHaveAccessibleDescription(/sehr wahrscheinlich · hohe Konfidenz · 1 Beleg · \d offene Prüfung/);
  await expect(section.getByRole('group', { name: 'Erkenntnislücken' })).toBeVisible();
  await row.click();
  const inspector = page.getByRole('region', { name: 'Inspektor' });
  await expect(inspector.getByRole('heading', { name: 'Kernaussage', exact: true })).toBeVisible();
  await expect(inspector.getByRole('list', { name: 'Bewertungsverlauf' })).toContainText(
    'nicht bewertet → sehr wahrscheinlich',
  );
  await expect(inspector.getByRole('list', { name: 'Belege' })).toContainText(
    'Glaubwürdigkeit 1 – Durch andere Quellen bestätigt',
  );
  await expect(inspector.getByRole('list', { name: 'Analytische Prüfungen' })).toContainText(
    'Glaubwürdigkeit 1 bei weniger als zwei unabhängigen Ursprüngen',
  );
  await app.screenshot('analysis-inspector-de');
  await section.getByRole('button', { name: /^\d+ offene Prüfungen?$/ }).click();
  const ws = page.getByRole('main', { name: 'Arbeitsbereich' });
  await expect(ws.getByRole('heading', { name: 'Analytische Prüfungen' })).toBeVisible();
  await ws.getByRole('button', { name: 'Bestätigen…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Diese Prüfung bestätigen' });
  await dialog.getByLabel(/^Warum das vertretbar ist/).fill('Zweite Quelle wird gesucht');
  await dialog.getByRole('button', { name: 'Bestätigen', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(ws.getByText('Zweite Quelle wird gesucht')).toBeVisible();
  await expect(ws.getByText('Bestätigt', { exact: true }).first()).toBeVisible();
  await app.screenshot('analysis-checks-de');
  expect(await seriousViolations(page)).toEqual([]);
});
