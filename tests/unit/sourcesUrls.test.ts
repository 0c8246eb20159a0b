import { describe, expect, it } from 'vitest';
import { extractMarkdown } from '../../electron/core/domains/sources/extract/markdown';
import { httpUrl } from '../../electron/core/domains/sources/extract/urls';

describe('source URLs from untrusted metadata', () => {
  it('keeps only http and https addresses', () => {
    expect(httpUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>x</script>',
      'vbscript:x',
      ' ',
      'nonsense',
    ]) {
      expect(httpUrl(bad), bad).toBeUndefined();
    }
  });

  it('drops a javascript: URL in Markdown front matter (found by the hostile corpus)', async () => {
    const md = (url: string) =>
      Buffer.from(`---\ntitle: Lage\nurl: ${url}\n---\n\n# Lage\n\nText über die Lage.\n`, 'utf8');
    const bad = await extractMarkdown({ name: 'a.md', bytes: md('javascript:alert(1)'), mediaType: 'text/markdown' });
    expect(bad.metadata.canonicalUrl).toBeUndefined();
    const good = await extractMarkdown({
      name: 'b.md',
      bytes: md('https://example.org/lage'),
      mediaType: 'text/markdown',
    });
    expect(good.metadata.canonicalUrl).toBe('https://example.org/lage');
  });
});
