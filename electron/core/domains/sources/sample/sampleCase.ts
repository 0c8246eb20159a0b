import { WorkbenchError } from '../../../../../shared/contract/errors';
import type { CaseInfo } from '../../../../../shared/domain/case';
import type { WorkingLanguage } from '../../../../../shared/domain/scales';
import type { Reliability, SourceMetadataPatch } from '../../../../../shared/domain/source';
import type { HandlerContext } from '../../../handlerTypes';
import { createCaseFile, makeId } from '../../case/caseSession';
import { openAndRemember } from '../../case/handlers';
import { importFiles } from '../importer';
import { setReliability, updateSource } from '../repo';
import { buildTinyPdf } from './tinyPdf';
import { SAMPLE_CASE, SAMPLE_EML_DE, SAMPLE_HTML_EN, SAMPLE_PDF, SAMPLE_TEXT_DE } from './texts';

interface SampleSource {
  name: string;
  bytes: Buffer;
  patch: SourceMetadataPatch;
  reliability: Reliability;
  reason: string;
}

function sampleSources(): SampleSource[] {
  const day = (iso: string) => Date.parse(iso);
  return [
    {
      name: 'velmarer-tageblatt-drohnen.txt',
      bytes: Buffer.from(SAMPLE_TEXT_DE, 'utf8'),
      patch: {
        outlet: 'Velmarer Tageblatt',
        author: 'Lokalredaktion',
        sourceType: 'news',
        publishedAt: day('2025-03-13T06:00:00+01:00'),
        retrievedAt: day('2025-03-13T08:15:00+01:00'),
        tags: ['Velmar', 'Drohnen', 'Augenzeugen'],
      },
      reliability: 'C',
      reason: 'Lokalzeitung mit bisher meist zutreffender Berichterstattung; hier nur anonyme Augenzeugen.',
    },
    {
      name: 'sound-observer-velmar-drones.html',
      bytes: Buffer.from(SAMPLE_HTML_EN, 'utf8'),
      patch: {
        retrievedAt: day('2025-03-14T12:40:00+01:00'),
        tags: ['Velmar', 'Drohnen', 'Hafenbehörde'],
      },
      reliability: 'B',
      reason: 'Established regional outlet; quotes the authority and workers by role and separates both accounts.',
    },
    {
      name: 'velmar-port-authority-statement.pdf',
      bytes: buildTinyPdf(SAMPLE_PDF.pages, {
        title: SAMPLE_PDF.title,
        author: SAMPLE_PDF.author,
        creationDate: SAMPLE_PDF.creationDate,
        lang: 'en-GB',
        // A cover page numbered i, then 1, 2 — so locators show the printed labels.
        pageLabels: [
          [0, '/S /r'],
          [1, '/S /D'],
        ],
      }),
      patch: {
        sourceType: 'officialStatement',
        outlet: 'Velmar Port Authority',
        tags: ['Velmar', 'Hafenbehörde', 'Radar'],
      },
      reliability: 'B',
      reason: 'Official statement; the authority is well placed to know its radar data but has an interest in calm.',
    },
    {
      name: 'hinweis-fischereihafen.eml',
      bytes: Buffer.from(SAMPLE_EML_DE, 'utf8'),
      patch: { sourceType: 'other', tags: ['Velmar', 'Drohnen', 'Hinweisgeber'] },
      reliability: 'F',
      reason: 'Erstkontakt; Hinweis aus zweiter Hand, keine Grundlage für eine Bewertung.',
    },
  ];
}

/**
 * Creates the sample case: a new case file with a handful of short, fictional
 * sources in German and English (text, HTML, PDF, e-mail), rated and tagged, so
 * a new user sees the features at once. It goes through the same import path as
 * any file the analyst brings.
 */
export async function createSampleCase(
  ctx: HandlerContext,
  input: { path: string; language?: WorkingLanguage | undefined },
): Promise<CaseInfo> {
  const language = input.language ?? 'de';
  const english = language === 'en';
  const path = createCaseFile({
    path: input.path,
    title: english ? SAMPLE_CASE.titleEn : SAMPLE_CASE.title,
    question: english ? SAMPLE_CASE.questionEn : SAMPLE_CASE.question,
    tlp: 'TLP:CLEAR',
    language,
  });
  const opened = openAndRemember(ctx, path);
  const openCase = ctx.session.openCase;
  if (!openCase || openCase.path !== opened.path)
    throw new WorkbenchError('NO_CASE_OPEN', 'The sample case did not open.');
  const sources = sampleSources();
  const results = await importFiles(
    () => openCase.db,
    sources.map((s) => ({ name: s.name, dataBase64: s.bytes.toString('base64') })),
    { defaultTlp: 'TLP:CLEAR', newSourceId: () => makeId('source') },
  );
  const now = Date.now();
  openCase.db
    .transaction(() => {
      results.forEach((result, i) => {
        const sample = sources[i]!;
        if (result.status !== 'imported' || !result.sourceId) {
          throw new WorkbenchError('INTERNAL', `The sample source ${sample.name} could not be imported.`, result.error);
        }
        updateSource(openCase.db, result.sourceId, sample.patch, now);
        setReliability(openCase.db, result.sourceId, sample.reliability, sample.reason, now);
      });
    })
    .immediate();
  return openCase.info();
}
