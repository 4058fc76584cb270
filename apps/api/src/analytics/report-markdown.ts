import {
  COMPANY_DISPLAY_NAMES,
  RUBRIC_DIMENSIONS,
  type EvidenceQuote,
  type FeedbackSection,
  type SessionResults,
} from '@interview-prep/contracts';

const DIMENSION_NAMES: Record<(typeof RUBRIC_DIMENSIONS)[number], string> = {
  communication: 'Communication',
  problem_solving: 'Problem solving',
  correctness_reasoning: 'Correctness and reasoning',
  complexity: 'Complexity',
  edge_cases: 'Edge cases',
};

/** The whole report as Markdown, for download: what the results page shows, in reading order. */
export function renderReportMarkdown(results: SessionResults): string {
  const source =
    results.source.kind === 'llm' ? `scored by ${results.source.model} (AI)` : 'scored offline';
  const lines = [
    `# Interview report: ${results.overall_score}/100`,
    '',
    `${label(results.track)} · ${COMPANY_DISPLAY_NAMES[results.company]} style · ${results.difficulty}` +
      `${results.finished_at ? ` · ${results.finished_at.slice(0, 10)}` : ''} · ${source}`,
    '',
    '## Rubric',
    '',
    '| dimension | score |',
    '| --- | --- |',
    ...RUBRIC_DIMENSIONS.map((d) => `| ${DIMENSION_NAMES[d]} | ${results.rubric[d]}/10 |`),
    '',
    ...section('Strengths', results.strengths, quotesFor(results.evidence, 'strengths')),
    ...section('Weaknesses', results.weaknesses, quotesFor(results.evidence, 'weaknesses')),
    ...section('Next steps', results.next_steps, quotesFor(results.evidence, 'next_steps')),
    '## Questions',
    '',
    ...results.questions.flatMap((note, i) => [
      `### ${i + 1}. ${note.title} (${note.kind}, ${note.difficulty})`,
      '',
      `Score: ${note.score === null ? 'not answered' : `${note.score}/100`} · ${note.outcome}` +
        (note.hints_used ? ` · ${note.hints_used} hint(s)` : ''),
      '',
      note.comment,
      '',
      ...(note.covered_key_points.length
        ? ['Covered:', ...note.covered_key_points.map((p) => `- ${p}`), '']
        : []),
      ...(note.missed_key_points.length
        ? ['Missed:', ...note.missed_key_points.map((p) => `- ${p}`), '']
        : []),
      ...(note.reference_answer
        ? ['Reference answer:', '', quoteBlock(note.reference_answer), '']
        : []),
    ]),
    '## Answer statistics',
    '',
    `- Answers: ${results.statistics.answers}, ${results.statistics.average_words} words on average`,
    `- Filler words: ${results.statistics.filler_words} (${results.statistics.filler_rate} per 100 words)`,
    ...(results.statistics.star_coverage === null
      ? []
      : [`- STAR coverage: ${Math.round(results.statistics.star_coverage * 100)}%`]),
    `- Hints used: ${results.statistics.hints_used}; questions skipped: ${results.statistics.questions_skipped}`,
    ...(results.statistics.average_seconds_per_answer === null
      ? []
      : [
          `- Time per answer: ${Math.round(results.statistics.average_seconds_per_answer)} s on average`,
        ]),
    '',
  ];
  return lines.join('\n');
}

function section(title: string, items: readonly string[], quotes: Map<number, string[]>): string[] {
  if (items.length === 0) {
    return [];
  }
  return [
    `## ${title}`,
    '',
    ...items.flatMap((item, i) => [
      `- ${item}`,
      ...(quotes.get(i) ?? []).map((quote) => `  > "${quote.replace(/\s+/g, ' ')}"`),
    ]),
    '',
  ];
}

function quotesFor(
  evidence: readonly EvidenceQuote[],
  section: FeedbackSection,
): Map<number, string[]> {
  const byIndex = new Map<number, string[]>();
  for (const quote of evidence) {
    if (quote.target.section === section) {
      byIndex.set(quote.target.index, [...(byIndex.get(quote.target.index) ?? []), quote.quote]);
    }
  }
  return byIndex;
}

function quoteBlock(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

function label(track: string): string {
  return track === 'swe_intern' ? 'Software engineering intern' : 'Software engineer';
}
