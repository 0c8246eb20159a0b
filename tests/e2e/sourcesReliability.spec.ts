import { test, expect } from './fixtures';
import { germanText } from './sourceFiles';

// Each test imports and reads several sources: a few times the default budget on a 2-core machine.
test.describe.configure({ timeout: 90_000 });

const TITLE = 'Lagebericht Hafen Velmar';

test('rates reliability with a required reason and shows every change in the history', async ({ app, page }) => {
  await app.start();
  await app.createCase('Bewertungen');
  await app.sources.importFiles([germanText]);
  await app.reader.expectTitle(TITLE);
  const inspector = app.sourceInspector;
  await expect(inspector.grade('A')).toHaveAccessibleName('A – Completely reliable');
  await expect(inspector.grade('F')).toHaveAccessibleName('F – Reliability cannot be judged');
  await expect(inspector.inspector.getByText('No changes yet.')).toBeVisible();

  // B needs a reason before it is saved.
  await inspector.choose('B');
  await expect(
    inspector.inspector.getByText('Minor doubt; history of valid information most of the time.'),
  ).toBeVisible();
  await inspector.saveRating.click();
  await expect(inspector.inspector.getByText('Give a reason for the change.')).toBeVisible();
  await expect(inspector.reason).toHaveAttribute('aria-invalid', 'true');
  await inspector.reason.fill('Behördennahes Lokalblatt, bisher meist zutreffend.');
  await inspector.saveRating.click();
  await expect(inspector.saveRating).toBeHidden();
  const entries = inspector.history.getByRole('listitem');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('Reliability: Not rated → B – Usually reliable');
  await expect(entries.first()).toContainText('Behördennahes Lokalblatt, bisher meist zutreffend.');
  await expect(entries.first()).toContainText(/\w+ \d{1,2}, \d{4} at \d{1,2}:\d{2}/);
  await expect(app.sources.option(TITLE)).toHaveAccessibleDescription(/B – Usually reliable/);
  await expect(app.reader.text).toContainText('B – Usually reliable');

  // Cancel leaves the rating as it was.
  await inspector.choose('D');
  await inspector.inspector.getByRole('button', { name: 'Cancel' }).click();
  await expect(inspector.grade('B')).toBeChecked();

  await inspector.rate('C', 'Zweite Meldung widerspricht teilweise.');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText('Reliability: B – Usually reliable → C – Fairly reliable');
  await expect(entries.nth(0)).toContainText('Zweite Meldung widerspricht teilweise.');
  await expect(entries.nth(1)).toContainText('Not rated → B – Usually reliable');
  await app.screenshot('inspector-history');

  // The history survives a reload (it lives in the case file).
  await page.reload();
  await app.sources.option(TITLE).click();
  await expect(inspector.grade('C')).toBeChecked();
  await expect(entries).toHaveCount(2);

  // German labels (TRADECRAFT §1) and German dates.
  await app.preferences.choose('Deutsch');
  const de = page.getByRole('region', { name: 'Inspektor' });
  await expect(de.getByRole('radio', { name: 'C – Ziemlich zuverlässig' })).toBeChecked();
  await expect(de.getByRole('radio', { name: 'F – Zuverlässigkeit kann nicht beurteilt werden' })).toBeVisible();
  await expect(de.getByRole('list', { name: 'Verlauf' }).getByRole('listitem').first()).toContainText(
    'Zuverlässigkeit: B – Normalerweise zuverlässig → C – Ziemlich zuverlässig',
  );
  await expect(de.getByRole('list', { name: 'Verlauf' })).toContainText(
    /\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}/,
  );
  await app.screenshot('inspector-german');
});

test('edits the description; each field saves itself and survives a reload', async ({ app, page }) => {
  await app.start();
  await app.createCase('Beschreibung');
  await app.sources.importFiles([germanText]);
  await app.reader.expectTitle(TITLE);
  const inspector = app.sourceInspector;

  await inspector.field('Outlet / publisher').fill('Velmarer Tageblatt');
  await inspector.field('Author').fill('Lokalredaktion');
  await inspector.field('Published').fill('2025-03-13');
  await inspector.field('Source type').selectOption({ label: 'News' });
  await inspector.field('TLP marking').selectOption('TLP:GREEN');
  await inspector.field('Notes').fill('Anonyme Augenzeugen; Foto fehlt.');
  await inspector.field('Title').fill('');
  await expect(inspector.inspector.getByText('A source needs a title.')).toBeVisible();
  await inspector.field('Title').fill('Drohnen über dem Hafen');
  await inspector.field('Title').press('Tab');

  const option = app.sources.option('Drohnen über dem Hafen');
  await expect(option).toHaveAccessibleDescription(/Velmarer Tageblatt · News · DE · Mar 13, 2025/);
  await expect(app.reader.text).toContainText('Velmarer Tageblatt · Lokalredaktion · March 13, 2025');
  await expect(inspector.history.getByRole('listitem').first()).toContainText('TLP marking: TLP:AMBER → TLP:GREEN');

  await page.reload();
  await option.click();
  await expect(inspector.field('Title')).toHaveValue('Drohnen über dem Hafen');
  await expect(inspector.field('Outlet / publisher')).toHaveValue('Velmarer Tageblatt');
  await expect(inspector.field('Published')).toHaveValue('2025-03-13');
  await expect(inspector.field('Notes')).toHaveValue('Anonyme Augenzeugen; Foto fehlt.');
  await expect(inspector.property('SHA-256 of the original')).toHaveText(/^[0-9a-f]{64}$/);
  await expect(inspector.property('Version')).toHaveText('Version 1 of 1');
});
