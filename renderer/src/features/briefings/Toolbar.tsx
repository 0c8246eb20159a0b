import { Button, ButtonGroup, Divider, InputGroup, Popover } from '@blueprintjs/core';
import type { Editor } from '@tiptap/core';
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import { memo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IS_MAC } from '../commands/shortcuts';
import { ExportButton } from '../export/ExportButton';
import { safeHref } from './links';
import { shallowEqual, useEditorSnapshot } from './useEditorSnapshot';

const MOD = IS_MAC ? '⌘' : 'Ctrl+';

function LinkForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const { t } = useTranslation();
  const href: unknown = editor.getAttributes('link').href;
  const current = typeof href === 'string' ? href : '';
  const [value, setValue] = useState(current);
  const [refused, setRefused] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!value.trim()) {
      editor.chain().focus().extendMarkRange('link').unsetLink().run();
      onDone();
      return;
    }
    const href = safeHref(value);
    if (!href) {
      setRefused(true);
      return;
    }
    editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    onDone();
  };
  return (
    <form className="wb-briefing-link" onSubmit={submit}>
      <InputGroup
        autoFocus
        aria-label={t('briefing.toolbar.linkAddress')}
        placeholder="https://"
        value={value}
        intent={refused ? 'danger' : 'none'}
        onChange={(e) => {
          setValue(e.target.value);
          setRefused(false);
        }}
      />
      {refused && <p className="wb-briefing-link__error">{t('briefing.toolbar.linkRefused')}</p>}
      <Button type="submit" size="small" intent="primary" text={t('briefing.toolbar.linkApply')} />
    </form>
  );
}

type ToolbarKey =
  'undo' | 'redo' | 'heading2' | 'heading3' | 'bold' | 'italic' | 'bullets' | 'numbers' | 'quote' | 'table' | 'link';

interface ToolbarProps {
  editor: Editor;
  onFind: () => void;
  onCompare: (() => void) | null;
}

/** What the buttons show; undo and redo from the history's depth (`can().undo()` ran a dry undo). */
const toolbarState = (e: Editor) => ({
  h2: e.isActive('heading', { level: 2 }),
  h3: e.isActive('heading', { level: 3 }),
  bold: e.isActive('bold'),
  italic: e.isActive('italic'),
  bullets: e.isActive('bulletList'),
  numbers: e.isActive('orderedList'),
  quote: e.isActive('blockquote'),
  link: e.isActive('link'),
  table: e.isActive('table'),
  canUndo: undoDepth(e.state) > 0,
  canRedo: redoDepth(e.state) > 0,
  editable: e.isEditable,
});

/** Formatting for the briefing; every button has a name and says its shortcut. */
export const Toolbar = memo(function Toolbar({ editor, onFind, onCompare }: ToolbarProps) {
  const { t } = useTranslation();
  const [linkOpen, setLinkOpen] = useState(false);
  const s = useEditorSnapshot(editor, toolbarState, shallowEqual);
  const b = (
    key: ToolbarKey,
    icon: Parameters<typeof Button>[0]['icon'],
    active: boolean,
    run: () => void,
    shortcut?: string,
    disabled = false,
  ) => {
    const name = t(`briefing.toolbar.${key}`);
    const label = shortcut ? `${name} (${shortcut})` : name;
    return (
      <Button
        key={key}
        icon={icon}
        variant="minimal"
        size="small"
        active={active}
        aria-pressed={active}
        aria-label={name}
        aria-keyshortcuts={shortcut?.replace('⌘', 'Meta+')}
        title={label}
        disabled={!s.editable || disabled}
        onMouseDown={(e) => e.preventDefault()}
        onClick={run}
      />
    );
  };
  const chain = () => editor.chain().focus();
  return (
    <div className="wb-briefing-toolbar" role="toolbar" aria-label={t('briefing.toolbar.label')}>
      <ButtonGroup>
        {b('undo', 'undo', false, () => chain().undo().run(), `${MOD}Z`, !s.canUndo)}
        {b('redo', 'redo', false, () => chain().redo().run(), IS_MAC ? '⌘⇧Z' : 'Ctrl+Y', !s.canRedo)}
      </ButtonGroup>
      <Divider />
      <ButtonGroup>
        {b('heading2', 'header-two', s.h2, () => chain().toggleHeading({ level: 2 }).run(), `${MOD}Alt+2`)}
        {b('heading3', 'header-three', s.h3, () => chain().toggleHeading({ level: 3 }).run(), `${MOD}Alt+3`)}
        {b('bold', 'bold', s.bold, () => chain().toggleBold().run(), `${MOD}B`)}
        {b('italic', 'italic', s.italic, () => chain().toggleItalic().run(), `${MOD}I`)}
      </ButtonGroup>
      <Divider />
      <ButtonGroup>
        {b('bullets', 'properties', s.bullets, () => chain().toggleBulletList().run(), `${MOD}Shift+8`)}
        {b('numbers', 'numbered-list', s.numbers, () => chain().toggleOrderedList().run(), `${MOD}Shift+7`)}
        {b('quote', 'citation', s.quote, () => chain().toggleBlockquote().run(), `${MOD}Shift+B`)}
        {b('table', 'th', s.table, () =>
          s.table ? chain().deleteTable().run() : chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
        )}
        <Popover
          isOpen={linkOpen}
          onClose={() => setLinkOpen(false)}
          placement="bottom"
          content={<LinkForm editor={editor} onDone={() => setLinkOpen(false)} />}
        >
          {b('link', 'link', s.link, () => setLinkOpen((o) => !o))}
        </Popover>
      </ButtonGroup>
      <Divider />
      <Button
        icon="search"
        variant="minimal"
        size="small"
        text={t('briefing.toolbar.find')}
        title={`${t('briefing.toolbar.find')} (${MOD}F)`}
        aria-keyshortcuts={IS_MAC ? 'Meta+F' : 'Control+F'}
        onClick={onFind}
      />
      {onCompare && (
        <Button
          icon="comparison"
          variant="minimal"
          size="small"
          text={t('briefing.compare.open')}
          onClick={onCompare}
        />
      )}
      <ExportButton />
    </div>
  );
});
