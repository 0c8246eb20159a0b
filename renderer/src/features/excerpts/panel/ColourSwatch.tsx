import type { ExcerptColour } from '../../../../../shared/domain/excerpt';

/** The excerpt's highlight colour as a small square; its name is said elsewhere. */
export function ColourSwatch({ colour }: { colour: ExcerptColour }) {
  return <span className={`wb-excerpt-swatch wb-excerpt-swatch--${colour}`} aria-hidden />;
}
