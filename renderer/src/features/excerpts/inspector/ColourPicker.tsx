import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EXCERPT_COLOURS, type ExcerptColour } from '../../../../../shared/domain/excerpt';

/**
 * The palette as native radio buttons drawn as swatches: arrow keys move between them,
 * and each is named by its colour, never by the shade alone.
 */
export function ColourPicker({
  value,
  onChange,
  labelledBy,
}: {
  value: ExcerptColour;
  onChange: (colour: ExcerptColour) => void;
  labelledBy: string;
}) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <div className="wb-colour-picker" role="radiogroup" aria-labelledby={labelledBy}>
      {EXCERPT_COLOURS.map((colour) => (
        <label key={colour} className="wb-colour-picker__choice" title={t(`excerpts.colours.${colour}`)}>
          <input
            type="radio"
            name={name}
            value={colour}
            checked={value === colour}
            className="wb-colour-picker__input"
            onChange={() => onChange(colour)}
          />
          <span className={`wb-excerpt-swatch wb-excerpt-swatch--large wb-excerpt-swatch--${colour}`} aria-hidden />
          <span className="wb-sr-only">{t(`excerpts.colours.${colour}`)}</span>
        </label>
      ))}
    </div>
  );
}
