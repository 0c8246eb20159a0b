import type { ExcerptColour } from '../../../../../shared/domain/excerpt';

/** An excerpt drawn over the page view: a range of the stored version text. */
export interface PdfHighlight {
  id: string;
  start: number;
  end: number;
  colour: ExcerptColour;
  status: 'anchored' | 'moved';
  selected: boolean;
  /** Drawn with a short flash ("show in source"). */
  flash?: boolean;
}
