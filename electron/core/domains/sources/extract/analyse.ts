import type { WorkingLanguage } from '../../../../../shared/domain/scales';
import { fold } from '../../search/fold';
import { detectLanguage } from '../language';
import { extract } from './index';
import type { Extraction, ExtractInput } from './types';

export type ExtractResult = Extraction & { ogType?: string };

/**
 * Everything the importer derives from a file's bytes before it writes: the
 * extraction, the language the source's field is pre-filled with, and the text
 * as the search index folds it. All of it is CPU-bound and none of it needs the
 * case, so it runs together where parsing runs (the worker thread), off the
 * thread that holds the write transaction: language detection and folding cost
 * as much as parsing a plain text does.
 */
export interface ImportAnalysis {
  extraction: ExtractResult;
  language: WorkingLanguage;
  /** `fold(extraction.text)`: the body the search index stores for this text. */
  foldedText: string;
}

export async function analyseForImport(input: ExtractInput): Promise<ImportAnalysis> {
  const extraction = await extract(input);
  return {
    extraction,
    language: detectLanguage(extraction.text, extraction.metadata.declaredLanguage),
    foldedText: fold(extraction.text),
  };
}
