/**
 * The case view's hidden file input registers itself here, so a shortcut or a button
 * anywhere can open the file chooser. Browsers open one only during a user gesture,
 * so callers must call this synchronously from their click or key handler.
 */
let picker: (() => void) | null = null;

export function registerFilePicker(open: (() => void) | null): void {
  picker = open;
}

export function openFilePicker(): void {
  picker?.();
}
