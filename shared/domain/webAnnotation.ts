import { z } from 'zod';

/**
 * The W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/)
 * shapes the workbench writes: one AnnotationCollection per case, its
 * annotations embedded in the first AnnotationPage. Positions in a
 * TextPositionSelector count Unicode code points of the stored (NFC) text, as
 * the model requires, not JavaScript's UTF-16 units.
 */

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** RFC 3778 (application/pdf fragment identifiers) for `page=N`. */
export const PDF_FRAGMENT_SPEC = 'http://tools.ietf.org/rfc/rfc3778';

export const textQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});

export const textPositionSelectorSchema = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const fragmentSelectorSchema = z.object({
  type: z.literal('FragmentSelector'),
  value: z.string(),
  conformsTo: z.string().optional(),
});

export const selectorSchema = z.discriminatedUnion('type', [
  textQuoteSelectorSchema,
  textPositionSelectorSchema,
  fragmentSelectorSchema,
]);

export const textualBodySchema = z.object({
  type: z.literal('TextualBody'),
  value: z.string(),
  purpose: z.string().optional(),
  format: z.string().optional(),
  language: z.string().optional(),
});

export const annotationTargetSchema = z.object({
  type: z.literal('SpecificResource').optional(),
  /** `urn:sha256:<hex>` of the original file the text was extracted from. */
  source: z.string(),
  /** The web address the source was collected from, when known. */
  scope: z.string().optional(),
  /** The highlight colour, styled by the annotation's stylesheet. */
  styleClass: z.string().optional(),
  selector: z.array(selectorSchema),
});

export const annotationSchema = z.object({
  id: z.string(),
  type: z.literal('Annotation'),
  motivation: z.string().optional(),
  created: z.string().optional(),
  modified: z.string().optional(),
  stylesheet: z.object({ type: z.literal('CssStylesheet'), value: z.string() }).optional(),
  body: z.array(textualBodySchema).optional(),
  target: annotationTargetSchema,
});
export type WebAnnotation = z.infer<typeof annotationSchema>;

export const annotationCollectionSchema = z.object({
  '@context': z.literal(ANNO_CONTEXT),
  id: z.string(),
  type: z.literal('AnnotationCollection'),
  label: z.string(),
  total: z.number().int().nonnegative(),
  generated: z.string(),
  first: z.object({
    type: z.literal('AnnotationPage'),
    startIndex: z.literal(0),
    items: z.array(annotationSchema),
  }),
});
export type WebAnnotationCollection = z.infer<typeof annotationCollectionSchema>;
