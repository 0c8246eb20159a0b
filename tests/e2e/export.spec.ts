import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ExportDialog } from './pages/ExportDialog';
import { callApi, importText } from './pages/pageApi';

const QUOTES = [
  'Über 40 Fahrzeuge wurden nördlich von Kursk gesichtet; Größe und Stärke der Einheit bleiben unklar.',
  'Die Behörde für Äußeres bestätigt Verlegungen an die Grenze, nennt aber keine Zahlen.',
  'Brückengerät wurde auf Straßen südlich der Seym beobachtet; die Übergänge sind intakt.',
  'Anwohner berichten von nächtlichen Kolonnen; die Größenordnung lässt sich nicht prüfen.',
  'Die Reserveverbände üben seit drei Wochen; Beobachter schätzen ihre Stärke gering ein.',
  'Nachschub für die Artillerie wurde über die Bahnstrecke nach Süden gebracht.',
];

const text = (t: string) => ({ type: 'text', text: t });
const cite = (excerptId: string) => ({ type: 'citation', attrs: { excerptId } });

/** A German case marked TLP:AMBER with six cited sources, a rated judgment and a briefing marked lower (GREEN). */
async function germanBriefing(page: Page): Promise<{ title: string; excerpts: string[] }> {
  await callApi(page, 'case.update', {
    patch: { handling: 'Nur für den Dienstgebrauch', author: 'Jörg Weiß', tlp: 'TLP:AMBER' },
  });
  const excerpts: string[] = [];
  for (const [i, quote] of QUOTES.entries()) {
    const sourceId = await importText(page, `bericht-${i + 1}.txt`, `Einleitung.\n\n${quote}\n\nSchluss.`);
    await callApi(page, 'sources.update', {
      sourceId,
      patch: { title: `Lagebericht ${i + 1} – Grenzregion`, outlet: 'Süddeutsche Rundschau' },
    });
    await callApi(page, 'sources.setReliability', { sourceId, reliability: 'B', reason: 'Bisher meist zutreffend' });
    const e = await callApi<{ id: string }>(page, 'excerpts.create', { sourceId, quote });
    excerpts.push(e.id);
  }
  const j = await callApi<{ id: string }>(page, 'analysis.create', {
    kind: 'judgment',
    text: 'Russland verstärkt seine Kräfte nördlich von Kursk',
  });
  await callApi(page, 'analysis.rate', {
    id: j.id,
    likelihood: { scale: 'ICD203', term: 'likely' },
    confidence: 'moderate',
    reason: 'Mehrere unabhängige Quellen',
  });
  const body = [
    { type: 'heading', attrs: { level: 2 }, content: [text('Kernaussagen')] },
    { type: 'paragraph', content: [{ type: 'claimRef', attrs: { claimId: j.id } }, text('. '), cite(excerpts[0]!)] },
    { type: 'heading', attrs: { level: 2 }, content: [text('Diskussion')] },
    ...excerpts.map((id, i) => ({
      type: 'paragraph',
      content: [text(`Beobachtung ${i + 1}: Bewegungen größerer Verbände über die Brücken. `), cite(id)],
    })),
    // The first excerpt a second time: the same note number, not a new one.
    { type: 'paragraph', content: [text('Erneut bestätigt: '), cite(excerpts[0]!)] },
  ];
  const title = 'Lageeinschätzung: Truppenbewegungen bei Kursk';
  const b = await callApi<{ id: string }>(page, 'briefings.create', {
    title,
    language: 'de',
    doc: { type: 'doc', content: body },
    meta: { audience: 'Krisenstab, Referat Ost', authors: ['Jörg Weiß'], date: Date.UTC(2026, 11, 1) },
  });
  await callApi(page, 'briefings.update', { id: b.id, patch: { tlpSetting: 'TLP:GREEN' } });
  return { title, excerpts };
}

async function openBriefing(page: Page, title: string) {
  await page
    .getByRole('button', { name: new RegExp(`^${title.slice(0, 20)}`) })
    .first()
    .click();
  await expect(page.getByRole('toolbar').getByRole('button', { name: 'Export…' })).toBeVisible();
}

test.describe('export dialog', () => {
  let dir: string;
  test.beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'wb-e2e-export-'));
  });
  test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('German briefing: PDF preview, warnings naming what, download checked with pdftotext; DOCX and Markdown too', async ({
    app,
    page,
  }) => {
    test.setTimeout(180_000);
    await app.start();
    await app.createCase('Lage Kursk', { language: 'de' });
    const { title } = await germanBriefing(page);
    await openBriefing(page, title);
    const exp = new ExportDialog(page);
    await exp.open();
    await expect(exp.dialog.getByRole('radio', { name: 'PDF report' })).toBeChecked();
    await exp.expectReady(120_000);

    // The preview draws the produced PDF's pages before anything is saved.
    await expect(exp.page_(1)).toBeVisible({ timeout: 30_000 });
    const facts = await exp.dialog.getByText(/\.pdf · \d+ pages/).textContent();
    const pages = Number(/(\d+) pages/.exec(facts ?? '')![1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    await expect(exp.preview.getByRole('img', { name: /^Page \d+ of \d+$/ })).toHaveCount(pages);
    // The marking is lower than what is cited: the warning names the marking and the source.
    await expect(exp.warnings).toContainText('Marking lower than cited content.');
    await expect(exp.warnings).toContainText('TLP:AMBER');
    await expect(exp.warnings).toContainText('Lagebericht 1 – Grenzregion');
    await page.waitForTimeout(300);
    await app.screenshot('export-dialog-pdf');

    const pdf = await exp.download();
    expect(pdf.suggestedFilename()).toBe('Lageeinschätzung-Truppenbewegungen-bei-Kursk.pdf');
    const pdfPath = join(dir, 'b.pdf');
    await pdf.saveAs(pdfPath);
    // Kept beside the screenshots when they are asked for, to look at the pages (pdftoppm).
    const shots = process.env.WORKBENCH_E2E_SCREENSHOTS;
    if (shots) await pdf.saveAs(join(shots, 'export-german.pdf'));
    await expect(exp.dialog.getByRole('status').filter({ hasText: 'downloads' })).toBeVisible();
    const out = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    const printed = out.split('\f').filter((p) => p.trim());
    expect(printed).toHaveLength(pages);
    for (const [i, p] of printed.entries()) {
      expect(p, `page ${i + 1}`).toContain('TLP:GREEN');
      expect(p, `page ${i + 1}`).toContain('Nur für den Dienstgebrauch');
      expect(p, `page ${i + 1}`).toContain(`Seite ${i + 1} von ${pages}`);
    }
    const flat = out.replace(/\s+/g, ' ');
    for (const q of QUOTES) expect(flat).toContain(q);
    for (const w of ['Größe', 'Äußeres', 'Übergänge', 'Jörg Weiß', 'Süddeutsche']) expect(flat).toContain(w);
    // Six excerpts, six notes: the repeated citation reuses note 1.
    expect(out).toMatch(/^\s*6\.\s+„/m);
    expect(out).not.toMatch(/^\s*7\.\s+„/m);

    // DOCX: a Word file with its footnotes part.
    await exp.chooseFormat('Word (DOCX)');
    await exp.expectReady();
    await expect(exp.dialog).toContainText('A preview is shown for the PDF');
    const docx = await exp.download();
    expect(docx.suggestedFilename()).toBe('Lageeinschätzung-Truppenbewegungen-bei-Kursk.docx');
    const docxPath = join(dir, 'b.docx');
    await docx.saveAs(docxPath);
    const footnotes = execFileSync('unzip', ['-p', docxPath, 'word/footnotes.xml'], { encoding: 'utf8' });
    expect(footnotes).toContain('Größe und Stärke');

    // Markdown: footnotes, the first excerpt cited twice under one number.
    await exp.chooseFormat('Markdown with footnotes');
    await exp.expectReady();
    const md = await exp.download();
    const mdPath = join(dir, 'b.md');
    await md.saveAs(mdPath);
    const mdText = readFileSync(mdPath, 'utf8');
    expect(mdText).toContain('TLP:GREEN');
    // Cited three times (judgment, discussion, the repeat), one footnote.
    expect(mdText.match(/\[\^1\](?!:)/g)).toHaveLength(3);
    expect(mdText.match(/^\[\^1\]:/gm)).toHaveLength(1);
    expect(mdText).toContain('[^6]:');
    await exp.close();
  });

  test('a long export shows progress and Cancel stops it; nothing is offered for saving until it is exported again', async ({
    app,
    page,
  }) => {
    test.setTimeout(180_000);
    await app.start();
    await app.createCase('Lage Kursk', { language: 'de' });
    const { title } = await germanBriefing(page);
    await openBriefing(page, title);
    // The keyboard path: Ctrl+E opens the same dialog.
    await page.keyboard.press('Control+e');
    const exp = new ExportDialog(page);
    await expect(exp.dialog).toBeVisible();
    const progress = exp.dialog.getByRole('progressbar', { name: 'Export progress' });
    await expect(progress).toBeVisible();
    await app.screenshot('export-dialog-progress');
    await exp.dialog.getByRole('button', { name: 'Cancel export' }).click();
    await expect(exp.dialog.getByText('Export cancelled')).toBeVisible();
    await expect(exp.dialog).toContainText('Nothing was saved.');
    await expect(progress).toBeHidden();
    await expect(exp.dialog.getByRole('button', { name: 'Download' })).toBeDisabled();
    // Still cancelled a moment later: the job did not finish behind the user's back.
    await page.waitForTimeout(1500);
    await expect(exp.dialog.getByText('Export cancelled')).toBeVisible();
    await expect(exp.dialog.getByRole('button', { name: 'Download' })).toBeDisabled();

    await exp.dialog.getByRole('button', { name: 'Export again' }).click();
    await exp.expectReady(120_000);
    await expect(exp.page_(1)).toBeVisible({ timeout: 30_000 });
    await exp.close();
  });
});
