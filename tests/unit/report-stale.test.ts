import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { projectRoot, sites } from '../helpers/sites.ts';

it('npm run report:stale lists the elements not reviewed within the review age', () => {
  const run = (env: Record<string, string>) =>
    spawnSync('node', [join(projectRoot, 'scripts/report-stale.ts'), sites.fixture.content], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, WAT_WERKT_TODAY: '2026-11-23', ...env },
    }).stdout;
  expect(run({})).toBe(
    'tests/fixtures/site/werkzame-elementen/regie-op-maat.mdx: laatst gecontroleerd op 15 januari 2023\n\n' +
      '1 werkzame element(en) langer dan 24 maanden niet gecontroleerd.\n',
  );
  expect(run({ WAT_WERKT_REVIEW_MONTHS: '120' })).toBe(
    'Alle werkzame elementen zijn in de afgelopen 120 maanden gecontroleerd.\n',
  );
});
