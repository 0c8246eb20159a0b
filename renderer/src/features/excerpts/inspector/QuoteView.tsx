import { useTranslation } from 'react-i18next';
import type { Excerpt } from '../../../../../shared/domain/excerpt';
import { ColourSwatch } from '../panel/ColourSwatch';

/**
 * The exact words and, when there is one, the translation beside them (stacked when the
 * inspector is narrow: a container query in excerpts.css). Both carry their language,
 * so hyphenation and a screen reader's voice fit each.
 */
export function QuoteView({ excerpt, lang }: { excerpt: Excerpt; lang: string | undefined }) {
  const { t } = useTranslation();
  const { translation } = excerpt;
  return (
    <div className="wb-excerpt-quote">
      <div className={translation ? 'wb-excerpt-quote__grid' : undefined}>
        <figure className="wb-excerpt-quote__pane">
          <figcaption className="wb-excerpt-quote__caption">
            <ColourSwatch colour={excerpt.colour} />
            {t('excerpts.quote')}
          </figcaption>
          <blockquote className="wb-excerpt-quote__text" lang={lang}>
            {excerpt.quote}
          </blockquote>
        </figure>
        {translation && (
          <figure className="wb-excerpt-quote__pane">
            <figcaption className="wb-excerpt-quote__caption">
              {t('excerpts.translationIn', { language: translation.language.toUpperCase() })}
            </figcaption>
            <blockquote
              className="wb-excerpt-quote__text wb-excerpt-quote__text--translation"
              lang={translation.language}
            >
              {translation.text}
            </blockquote>
          </figure>
        )}
      </div>
    </div>
  );
}
