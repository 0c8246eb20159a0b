import type { DocNode } from '../../shared/editor/document';

/**
 * The benchmark's briefing: German paragraphs of real news text under headings, with
 * judgment references and citations spread evenly through it (at sentence ends, as an
 * analyst places them). The same words are also given as a plain document (each
 * reference written out as the text it shows) for the baselines.
 */
export interface BenchDocs {
  /** The briefing document with live references (ids only). */
  briefing: DocNode;
  /** The same text with every reference as plain text: for plain StarterKit. */
  plain: DocNode;
  /** The plain document as HTML: for the bare contenteditable. */
  html: string;
  words: number;
  refs: number;
}

export interface RefTargets {
  /** Judgment ids with the label each reference shows ("text — likelihood, confidence"). */
  judgments: { id: string; label: string }[];
  excerptIds: string[];
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const countWords = (text: string) => text.match(WORD)?.length ?? 0;

/** Sentences of the articles, in order, reused from the start when the text runs out. */
export function sentencesOf(articles: readonly string[]): string[] {
  return articles.flatMap((a) =>
    a
      .replace(/\s+/g, ' ')
      .split(/(?<=[.!?])\s+(?=[\p{Lu}„"])/u)
      .map((s) => s.trim())
      .filter((s) => countWords(s) >= 4),
  );
}

export function buildDocs(sentences: readonly string[], words: number, refs: number, targets: RefTargets): BenchDocs {
  if (!sentences.length) throw new Error('no sentences to build the briefing from');
  const wordsPerRef = Math.max(1, Math.floor(words / refs));
  const briefing: DocNode[] = [];
  const plain: DocNode[] = [];
  const htmlParts: string[] = [];
  const numbers = new Map<string, number>();
  let written = 0;
  let placed = 0;
  let sinceRef = 0;
  let paragraph: DocNode[] = [];
  let plainParagraph: string[] = [];
  let sentenceIndex = 0;
  let paragraphs = 0;

  const heading = (text: string) => {
    briefing.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text }] });
    plain.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text }] });
    htmlParts.push(`<h2>${escapeHtml(text)}</h2>`);
  };
  const endParagraph = () => {
    if (!paragraph.length) return;
    briefing.push({ type: 'paragraph', content: mergeText(paragraph) });
    const text = plainParagraph.join('');
    plain.push({ type: 'paragraph', content: [{ type: 'text', text }] });
    htmlParts.push(`<p>${escapeHtml(text)}</p>`);
    paragraph = [];
    plainParagraph = [];
    paragraphs += 1;
  };

  heading('Kernaussagen');
  while (written < words) {
    const sentence = sentences[sentenceIndex % sentences.length]!;
    sentenceIndex += 1;
    const n = countWords(sentence);
    const text = (paragraph.length ? ' ' : '') + sentence;
    paragraph.push({ type: 'text', text });
    plainParagraph.push(text);
    written += n;
    sinceRef += n;
    // A reference after the sentence once enough words have gone by; judgments and citations alternate.
    while (sinceRef >= wordsPerRef && placed < refs) {
      sinceRef -= wordsPerRef;
      if (placed % 2 === 0) {
        const j = targets.judgments[(placed / 2) % targets.judgments.length]!;
        paragraph.push({ type: 'text', text: ' ' }, { type: 'claimRef', attrs: { claimId: j.id } });
        plainParagraph.push(` ${j.label}`);
      } else {
        const id = targets.excerptIds[((placed - 1) / 2) % targets.excerptIds.length]!;
        if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
        paragraph.push({ type: 'citation', attrs: { excerptId: id, locator: null } });
        plainParagraph.push(`[${numbers.get(id)}]`);
      }
      placed += 1;
    }
    if (paragraph.filter((n) => n.type === 'text').length >= 8) {
      endParagraph();
      if (paragraphs % 12 === 0) heading(`Abschnitt ${paragraphs / 12 + 1}`);
    }
  }
  endParagraph();
  return {
    briefing: { type: 'doc', content: briefing },
    plain: { type: 'doc', content: plain },
    html: htmlParts.join('\n'),
    words: written,
    refs: placed,
  };
}

/** Neighbouring text nodes as one (as the editor itself stores them). */
function mergeText(nodes: DocNode[]): DocNode[] {
  const out: DocNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text') last.text = (last.text ?? '') + (node.text ?? '');
    else out.push({ ...node });
  }
  return out;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
