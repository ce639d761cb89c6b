/**
 * The editors' check as one Dutch comment on a pull request (scripts/check-comment.ts writes it, the
 * workflow .github/workflows/comments.yml posts it and replaces it on every push). Written for the editor
 * who opened the pull request from the browser editor: each problem under the title of the page it is on,
 * with its line, in the check's own words; "Alles in orde" when there is none. Reviewers keep the line
 * annotations (problems.ts).
 *
 * Everything quoted comes from the pull request (titles, file names, values in messages): it is escaped so
 * that it shows as written and cannot format the comment, mention people or link issues.
 */
import type { ContentProblem } from './problems.ts';

/** GitHub refuses comments over 65,536 characters; long lists are cut well before. */
const MAX_PROBLEMS = 100;
/** A message longer than this (a quoted line of the file, say) is cut: the check's output has it whole. */
const MAX_MESSAGE = 600;

export interface CheckCommentInput {
  problems: readonly ContentProblem[];
  /** The title (`titel`) of each file that has one, by the path the problems name. */
  titles: ReadonlyMap<string, string>;
}

/** Text that shows as written in GitHub Markdown, on one line. */
export function markdownText(text: string, max = Infinity): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const short = flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
  return (
    short
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
      // Every character Markdown gives a meaning to, escaped with a backslash (CommonMark allows it for all of them).
      .replace(/[\\`*_{}[\]()#+\-.!|~"'$:=]/g, (c) => `\\${c}`)
      // A word joiner where GitHub would otherwise make a mention, an issue link or a link of a bare address.
      .replace(/@(?=\w)/g, '@\u2060')
      .replace(/#(?=\d)/g, '#\u2060')
      .replace(/(?<=:)(?=\/\/)/g, '\u2060')
      .replace(/(?<=\bwww)(?=\\\.)/gi, '\u2060')
  );
}

const problemLine = ({ line, message }: ContentProblem) =>
  `- ${line ? `**Regel ${line}:** ` : ''}${markdownText(message, MAX_MESSAGE)}`;

function section(heading: string, problems: readonly ContentProblem[], titles: CheckCommentInput['titles']) {
  const byFile = Map.groupBy(problems, (problem) => problem.file);
  return [
    `#### ${heading}`,
    ...[...byFile].flatMap(([file, found]) => {
      const title = titles.get(file);
      return [
        '',
        title ? `**„${markdownText(title)}”** (${markdownText(file)})` : `**${markdownText(file)}**`,
        '',
        ...found.map(problemLine),
      ];
    }),
  ];
}

export function checkComment({ problems, titles }: CheckCommentInput): string {
  const errors = problems.filter((problem) => !problem.severity);
  const notes = problems.filter((problem) => problem.severity);
  const shownErrors = errors.slice(0, MAX_PROBLEMS);
  const shownNotes = notes.slice(0, Math.max(0, MAX_PROBLEMS - shownErrors.length));
  const left = problems.length - shownErrors.length - shownNotes.length;
  const files = new Set(errors.map((problem) => problem.file)).size;

  const summary =
    errors.length === 0
      ? '**Alles in orde.** De controle vond geen problemen in de inhoud.'
      : `De controle vond **${errors.length === 1 ? 'één probleem' : `${errors.length} problemen`}** in ` +
        `${files === 1 ? 'één bestand' : `${files} bestanden`}. Zolang ${errors.length === 1 ? 'het er is' : 'ze er zijn'}, ` +
        'kan deze wijziging niet op de site komen. Pas het bestand aan in de redactie (of op GitHub); na elke ' +
        'wijziging controleren we opnieuw en werken we dit bericht bij.';

  return [
    '### Controle van de inhoud',
    '',
    summary,
    ...(shownErrors.length ? ['', ...section('Op te lossen', shownErrors, titles)] : []),
    ...(shownNotes.length
      ? ['', ...section('Waarschuwingen en adviezen (die houden niets tegen)', shownNotes, titles)]
      : []),
    ...(left > 0 ? ['', `En nog ${left} meldingen: de uitvoer van de controle noemt ze allemaal.`] : []),
  ].join('\n');
}
