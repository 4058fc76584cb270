/** Longest piece of text given to the synthesizer at once (about 20 s of speech). */
export const MAX_CHUNK_CHARS = 300;

/**
 * Cuts text into pieces of at most `max` characters at sentence ends, packing short sentences
 * together; a sentence longer than that is cut at a comma or a space, a word never in two.
 */
export function splitForSpeech(text: string, max = MAX_CHUNK_CHARS): string[] {
  const sentences = text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?;:])\s+/)
    .flatMap((sentence) => cutLong(sentence, max));
  const chunks: string[] = [];
  for (const sentence of sentences) {
    const last = chunks.at(-1);
    if (last !== undefined && last.length + 1 + sentence.length <= max) {
      chunks[chunks.length - 1] = `${last} ${sentence}`;
    } else {
      chunks.push(sentence);
    }
  }
  return chunks.filter((chunk) => chunk !== '');
}

function cutLong(sentence: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = sentence;
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    const comma = window.lastIndexOf(', ');
    const space = window.lastIndexOf(' ');
    const cut = comma > max / 2 ? comma + 1 : space > 0 ? space : max;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  return [...pieces, rest];
}
