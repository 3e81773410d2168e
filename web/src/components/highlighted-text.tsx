/** A name with the parts that match the search marked, diacritics ignored. */
import { splitMatches } from '../lib/highlight.ts';

export function HighlightedText({ text, query }: { text: string; query: string }) {
  return (
    <>
      {splitMatches(text, query).map((part, i) => (part.isMatch ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}
