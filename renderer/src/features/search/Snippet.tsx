import type { SearchHit } from '../../../../shared/contract/search';

/**
 * A hit's snippet: plain text segments from the core, the matched words in <mark>.
 * Snippets are imported (untrusted) text: they are React text children only, never
 * markup, so nothing in a source can become live in the results.
 */
export function Snippet({ segments }: { segments: SearchHit['snippet'] }) {
  return (
    <span className="wb-snippet">
      {segments.map((s, i) =>
        s.hit ? (
          <mark key={i} className="wb-snippet__hit">
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </span>
  );
}
