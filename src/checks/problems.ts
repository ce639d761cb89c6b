/**
 * What every check returns and how it is shown: one problem per file and line, in Dutch, as plain text for
 * the terminal and the build log, and as GitHub annotations so a pull request shows it beside the line.
 * The editors' check, the build's content guard and the post-build link check all report through here.
 */

export interface ContentProblem {
  /** Path as the editor sees it, e.g. content/verslagen/congres.mdx. */
  file: string;
  line?: number | undefined;
  message: string;
  /**
   * Without a severity a problem stops the check and the build. A warning (a file the build would skip) and
   * advice (what would make a description more complete) are shown and stop nothing.
   */
  severity?: 'waarschuwing' | 'advies';
}

/**
 * `file:line: message`. Continuation lines are indented: content quoted in a message (a parser's reason, an
 * attribute value) can never start a line of its own, where GitHub Actions would run it as a workflow
 * command (`::add-mask::`, `::error file=…::`, `::stop-commands::`).
 */
export const formatProblem = (problem: ContentProblem) =>
  `${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.severity ? `${problem.severity}: ` : ''}${problem.message}`
    .split(/\r\n|\r|\n/)
    .map((line, i) => (i === 0 ? line : `  ${line}`))
    .join('\n');

/** The problem as a GitHub Actions workflow command, its data and properties escaped as GitHub documents. */
export function formatAnnotation({ file, line, message, severity }: ContentProblem): string {
  const properties = `file=${escapeProperty(file)}${line ? `,line=${line}` : ''}`;
  const command = severity === 'advies' ? 'notice' : severity ? 'warning' : 'error';
  return `::${command} ${properties}::${escapeData(message)}`;
}

const escapeData = (value: string) => value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (value: string) => escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');

/** "een probleem", "3 problemen". */
export const problemCount = (count: number) => (count === 1 ? 'een probleem' : `${count} problemen`);

/** The report for a terminal or log: plain lines, then annotations when running in GitHub Actions. */
export function problemReport(problems: readonly ContentProblem[], env = process.env): string {
  const lines = problems.map(formatProblem);
  if (env.GITHUB_ACTIONS === 'true') lines.push(...problems.map(formatAnnotation));
  return lines.join('\n');
}

export const errorsIn = (problems: readonly ContentProblem[]) => problems.filter((problem) => !problem.severity);
