/** The licence facts agree with the repository: package.json names the code licence, the files hold the texts. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { codeLicence, contentLicence } from './licences.ts';

const root = new URL('../../', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, root), 'utf8');

it('names the code licence in package.json', () => {
  expect(JSON.parse(read('package.json')).license).toBe(codeLicence.id);
});

it('keeps the full text of each licence in its file', () => {
  expect(read(codeLicence.file)).toMatch(/^EUROPEAN UNION PUBLIC LICENCE v\. 1\.2\n/);
  expect(read(codeLicence.file)).toContain('Appendix');
  expect(read(contentLicence.file)).toMatch(/^Creative Commons Attribution 4\.0 International\n/);
  expect(read(contentLicence.file)).toContain('Section 8 – Interpretation.');
});
