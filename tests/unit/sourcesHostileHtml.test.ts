import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../shared/contract/sources';
import type { SourceVersionContent } from '../../shared/domain/source';
import { ok } from '../helpers/tempDirs';
import { file } from '../fixtures/sources/build';
import { caseWithCore, importFiles } from '../fixtures/sources/caseHelpers';

/**
 * The core's half of the hostile-HTML suite: whatever a saved page contains, the
 * importer stores only text and offsets, so no payload survives as something a
 * reader could execute. (The Chromium half — rendering in the reader — lives in
 * tests/e2e.)
 */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)><script>alert(2)</script></svg>',
  '<a href="javascript:alert(1)">klick</a>',
  '<a href="JaVaScRiPt:alert(1)">klick</a>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="data:text/html,<script>alert(1)</script>"></object>',
  '<embed src="javascript:alert(1)">',
  '<div style="background:url(javascript:alert(1))">stil</div>',
  '<div style="width: expression(alert(1))">css</div>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<form action="javascript:alert(1)"><button>senden</button></form>',
  '<input autofocus onfocus=alert(1)>',
  '<details open ontoggle=alert(1)>x</details>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<svg><style><img src=x onerror=alert(1)></style></svg>',
  '<template><script>alert(1)</script></template>',
  '<body onload=alert(1)>',
  '<video><source onerror=alert(1)></video>',
  '<marquee onstart=alert(1)>lauf</marquee>',
  '<xmp><script>alert(1)</script></xmp>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">daten</a>',
];

describe('sources: hostile HTML', () => {
  it('stores no executable trace of any payload, and every page still imports', async () => {
    const { core } = await caseWithCore();
    const pages = PAYLOADS.map((payload, i) =>
      file(
        `feindlich-${i}.html`,
        `<html><head><title>Seite ${i}</title></head><body><article><p>${'Ein harmloser Absatz über die Lage. '.repeat(
          6,
        )}</p>${payload}<p>Nachsatz ${i}.</p></article></body></html>`,
      ),
    );
    const results = await importFiles(core, pages);
    for (const [i, r] of results.entries()) {
      expect(r.status, `${PAYLOADS[i]}: ${JSON.stringify(r.error)}`).toBe('imported');
      const { version } = await ok<{ version: SourceVersionContent }>(core, 'sources.get', {
        sourceId: (r as ImportResult).sourceId,
      });
      expect(version.text, PAYLOADS[i]).toContain('Ein harmloser Absatz');
      for (const trace of ['alert(', 'javascript:', 'onerror', '<script', '<img', 'data:text/html']) {
        expect(version.text, `${PAYLOADS[i]} left ${trace}`).not.toContain(trace);
        expect(JSON.stringify(version.metadata), PAYLOADS[i]).not.toContain(trace);
      }
    }
  });
});
