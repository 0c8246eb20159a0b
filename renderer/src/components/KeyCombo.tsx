/** Shows a shortcut as separate keys, e.g. Ctrl + Alt + N, or ⌘⌥N on a Mac. */
export function KeyCombo({ keys, label }: { keys: string[]; label: string }) {
  return (
    <span className="wb-keycombo" aria-label={label} role="img">
      {keys.map((k, i) => (
        <kbd key={i} className="wb-kbd">
          {k}
        </kbd>
      ))}
    </span>
  );
}
