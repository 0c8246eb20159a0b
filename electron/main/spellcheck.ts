/**
 * Offline spell checking. On Windows and Linux Chromium's Hunspell checker
 * downloads .bdic dictionaries from Google's CDN on first use; this app must
 * not touch the network. So:
 *   1. the download URL points at a loopback address where nothing listens
 *      (and webRequest cancels http anyway), so a download can never leave the machine;
 *   2. the dictionaries shipped with the app (build/dictionaries → resources/dictionaries)
 *      are copied into <userData>/Dictionaries, where Chromium looks before downloading.
 * macOS uses the system spell checker and needs neither. Node only; no 'electron' import.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Loopback, port 9 ("discard"): no DNS lookup, no packet leaves the machine. */
export const DICTIONARY_DOWNLOAD_URL_DISABLED = 'http://127.0.0.1:9/spellcheck-downloads-disabled/';

/** English and German, in the codes Chromium's Hunspell list uses. */
export const PREFERRED_SPELLCHECK_LANGUAGES = ['en-US', 'de-DE'] as const;

/** The preferred languages this Chromium knows (unknown codes make setSpellCheckerLanguages throw). */
export function pickSpellCheckerLanguages(available: readonly string[]): string[] {
  const picked: string[] = [];
  for (const want of PREFERRED_SPELLCHECK_LANGUAGES) {
    const exact = available.find((a) => a.toLowerCase() === want.toLowerCase());
    const loose = available.find((a) => a.toLowerCase() === want.slice(0, 2).toLowerCase());
    const hit = exact ?? loose;
    if (hit && !picked.includes(hit)) picked.push(hit);
  }
  return picked;
}

export function shippedDictionaryDirs(opts: { appPath: string; resourcesPath: string; isPackaged: boolean }): string[] {
  return opts.isPackaged ? [join(opts.resourcesPath, 'dictionaries')] : [join(opts.appPath, 'build', 'dictionaries')];
}

/**
 * Copies shipped *.bdic files into <userData>/Dictionaries when missing there.
 * Returns the names copied. Never throws: without dictionaries spelling is
 * simply not checked, which is better than failing to start.
 */
export function installShippedDictionaries(sourceDirs: readonly string[], userDataDir: string): string[] {
  const target = join(userDataDir, 'Dictionaries');
  const copied: string[] = [];
  for (const dir of sourceDirs) {
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => n.toLowerCase().endsWith('.bdic'));
    } catch {
      continue;
    }
    for (const name of names) {
      try {
        if (existsSync(join(target, name))) continue;
        mkdirSync(target, { recursive: true });
        copyFileSync(join(dir, name), join(target, name));
        copied.push(name);
      } catch {
        // A read-only profile or a full disk: skip, spell check just stays off.
      }
    }
  }
  return copied;
}
