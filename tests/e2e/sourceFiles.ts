/** Files the source specs import, made up here so the specs do not depend on fixtures elsewhere. */

export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const file = (name: string, mimeType: string, content: string | Buffer): FilePayload => ({
  name,
  mimeType,
  buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
});

export const englishMarkdown = file(
  'port-authority-briefing.md',
  'text/markdown',
  [
    '# Port authority briefing on drone sightings',
    '',
    'The port authority confirmed on Thursday that three drones were seen above the container terminal.',
    '',
    '## What is known',
    '',
    '- Three sightings between 22:00 and 23:30',
    '- No damage was reported',
    '',
    '> “We have no indication of a threat to shipping,” a spokesperson said.',
    '',
  ].join('\n'),
);

export const germanText = file(
  'lagebericht-hafen.txt',
  'text/plain',
  'Lagebericht Hafen Velmar\n\nAm Donnerstagabend beobachteten Hafenarbeiter über dem Containerterminal drei Drohnen. ' +
    'Die Behörde prüft die Meldungen; größere Schäden sind nicht bekannt.\n',
);

export const simpleHtml = file(
  'velmar-observer.html',
  'text/html',
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Drones over Velmar harbour</title>
<meta property="og:site_name" content="Velmar Observer"></head><body><article><h1>Drones over Velmar harbour</h1>
<p>Workers at the harbour reported lights above the cranes on Thursday night, the Velmar Observer learned.</p>
<p>The port authority said it was looking into the reports.</p></article></body></html>`,
);

/** The same article twice at one address, the second time updated: the second becomes version 2. */
export function articleVersion(n: 1 | 2): FilePayload {
  const update =
    n === 2 ? '<p>Update, Friday: the port authority now says two of the sightings were a police drone.</p>' : '';
  return file(
    `velmar-article-v${n}.html`,
    'text/html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lights over the container terminal</title>
<link rel="canonical" href="https://observer.example.org/velmar/lights-over-terminal"></head><body><article>
<h1>Lights over the container terminal</h1>
<p>Several workers saw moving lights above the container terminal late on Thursday, three of them told this paper.</p>
${update}</article></body></html>`,
  );
}

export const emptyText = file('empty.txt', 'text/plain', '');

/** The start of a Windows executable ("MZ" header, then NUL bytes): not a source. */
export const windowsProgram = file(
  'setup.exe',
  'application/x-msdownload',
  Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(512)]),
);

/** A saved page that tries to run script in two ways; the reader must show its text and nothing else. */
export const hostileHtml = file(
  'hostile-page.html',
  'text/html',
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harmless looking report</title></head>
<body><article><h1>Harmless looking report</h1>
<p>Before the script. <script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> After the image.</p>
<p>A second paragraph with enough words in it to count as the article body of this page, so that the
extraction keeps it: officials said the situation at the border remained calm on Friday.</p>
</article></body></html>`,
);

const PARAGRAPHS = [
  'Die Lage an der Grenze blieb am Freitag nach Angaben der Behörden ruhig; größere Bewegungen wurden nicht beobachtet.',
  'Nach übereinstimmenden Berichten mehrerer Quellen wurden die Übungen in der Nähe der Küste fortgesetzt.',
  'Für eine unabhängige Bestätigung der Angaben fehlen bislang Bild- oder Videobelege; die Auswertung dauert an.',
  'Ein Sprecher des Ministeriums äußerte sich zurückhaltend und verwies auf die laufende Prüfung der Meldungen.',
];

/**
 * About `bytes` of German Markdown: numbered chapters of paragraphs with umlauts and ß,
 * first heading "Lagebericht: Kapitel 1", last line "Ende des Berichts.".
 */
export function largeGermanMarkdown(bytes: number): FilePayload {
  const parts: string[] = [];
  let size = 0;
  for (let chapter = 1; size < bytes; chapter++) {
    const heading = `# Lagebericht: Kapitel ${chapter}\n\n`;
    parts.push(heading);
    size += Buffer.byteLength(heading);
    for (let i = 0; i < 20; i++) {
      const p = `${PARAGRAPHS[(chapter + i) % PARAGRAPHS.length]} (Absatz ${chapter}.${i + 1})\n\n`;
      parts.push(p);
      size += Buffer.byteLength(p);
    }
  }
  parts.push('Ende des Berichts.\n');
  return file('grosser-lagebericht.md', 'text/markdown', parts.join(''));
}
