import type { ExtractedMetadata, SourceFormat, TextBlock, TextPage } from '../../../../../shared/domain/source';

/** What an extractor makes of one file; the importer turns it into a source version. */
export interface Extraction {
  format: SourceFormat;
  /** The media type we stored the file as (detected, not what the door claimed). */
  mediaType: string;
  /** Character encoding the text was decoded from, when the format is text-based. */
  encoding: string | null;
  /** NFC, `\n` newlines. */
  text: string;
  blocks: TextBlock[];
  pages: TextPage[] | null;
  metadata: ExtractedMetadata;
}

/** What an extractor gets: the bytes and the name, never a path. */
export interface ExtractInput {
  name: string;
  bytes: Buffer;
  mediaType: string | undefined;
}
