import { useEffect, useState, type FormEvent } from 'react';
import { Button, ButtonGroup, InputGroup } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { MAX_ZOOM, MIN_ZOOM } from './pageLayout';

export interface PdfToolbarProps {
  /** 1-based page being read. */
  page: number;
  pageLabel: string;
  pageCount: number;
  zoom: number;
  fitWidth: boolean;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFitWidth: () => void;
  /** Returns false when the entry names no page (number or printed label). */
  onGoTo: (entry: string) => boolean;
}

/** Zoom and page navigation of the page view. */
export function PdfToolbar(props: PdfToolbarProps) {
  const { page, pageLabel, pageCount, zoom, fitWidth } = props;
  const { t, i18n } = useTranslation();
  const [entry, setEntry] = useState(String(page));
  const [editing, setEditing] = useState(false);
  const [invalid, setInvalid] = useState(false);

  useEffect(() => {
    if (!editing) setEntry(pageLabel);
  }, [pageLabel, editing]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const ok = props.onGoTo(entry.trim());
    setInvalid(!ok);
    if (ok) setEditing(false);
  };

  return (
    <div className="wb-pdf-toolbar" role="toolbar" aria-label={t('pdfView.toolbar')}>
      <ButtonGroup variant="minimal">
        <Button
          size="small"
          icon="zoom-out"
          aria-label={t('pdfView.zoomOut')}
          title={t('pdfView.zoomOutHint')}
          disabled={zoom <= MIN_ZOOM + 0.001}
          onClick={props.onZoomOut}
        />
        <span className="wb-pdf-toolbar__zoom" role="status" aria-label={t('pdfView.zoomLevel')}>
          {new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(zoom)}
        </span>
        <Button
          size="small"
          icon="zoom-in"
          aria-label={t('pdfView.zoomIn')}
          title={t('pdfView.zoomInHint')}
          disabled={zoom >= MAX_ZOOM - 0.001}
          onClick={props.onZoomIn}
        />
        <Button
          size="small"
          icon="zoom-to-fit"
          text={t('pdfView.fitWidth')}
          active={fitWidth}
          aria-pressed={fitWidth}
          onClick={props.onFitWidth}
        />
      </ButtonGroup>
      <form className="wb-pdf-toolbar__goto" onSubmit={submit}>
        <label htmlFor="wb-pdf-goto">{t('pdfView.page')}</label>
        <InputGroup
          id="wb-pdf-goto"
          size="small"
          className="wb-pdf-toolbar__page"
          value={entry}
          intent={invalid ? 'danger' : 'none'}
          aria-invalid={invalid}
          aria-describedby="wb-pdf-goto-count"
          title={t('pdfView.goToHint')}
          onFocus={(e) => {
            setEditing(true);
            e.currentTarget.select();
          }}
          onBlur={() => {
            setEditing(false);
            setInvalid(false);
          }}
          onChange={(e) => setEntry(e.currentTarget.value)}
        />
        <span id="wb-pdf-goto-count" className="wb-pdf-toolbar__count">
          {pageLabel === String(page)
            ? t('pdfView.ofCount', { count: pageCount })
            : t('pdfView.ofCountNumbered', { page, count: pageCount })}
        </span>
      </form>
    </div>
  );
}
