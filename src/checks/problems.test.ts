import { describe, expect, it } from 'vitest';
import { formatAnnotation, formatProblem, problemReport } from './problems.ts';

const hostile = {
  file: 'content/verslagen/x.mdx',
  line: 4,
  message: '<Kader soort="a\n::error file=README.md::gehackt\n::add-mask::geheim">: kies één van: info, tip.',
};

describe('a problem that quotes content with workflow commands', () => {
  it('never starts a line of plain output with ::', () => {
    const output = problemReport([hostile], { GITHUB_ACTIONS: 'true' });
    expect(
      output.split('\n').filter((line) => line.startsWith('::') && !line.startsWith('::error file=content')),
    ).toEqual([]);
    expect(formatProblem(hostile)).toBe(
      'content/verslagen/x.mdx:4: <Kader soort="a\n  ::error file=README.md::gehackt\n  ::add-mask::geheim">: kies één van: info, tip.',
    );
  });

  it('escapes the annotation so it stays one command', () => {
    expect(formatAnnotation(hostile)).toBe(
      '::error file=content/verslagen/x.mdx,line=4::<Kader soort="a%0A::error file=README.md::gehackt%0A::add-mask::geheim">: kies één van: info, tip.',
    );
    expect(formatAnnotation({ file: 'a:b,c.md', message: '100%', severity: 'waarschuwing' })).toBe(
      '::warning file=a%3Ab%2Cc.md::100%25',
    );
    expect(formatAnnotation({ file: 'a.md', line: 3, message: 'x', severity: 'advies' })).toBe(
      '::notice file=a.md,line=3::x',
    );
  });

  it('adds annotations only in GitHub Actions', () => {
    expect(problemReport([hostile], {}).split('\n')).toHaveLength(3);
    expect(problemReport([hostile], { GITHUB_ACTIONS: 'true' }).split('\n')).toHaveLength(4);
  });
});
