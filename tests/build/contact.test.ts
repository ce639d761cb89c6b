/**
 * The site's contact point: a contact page that sends readers to the editors' repository (issues, pull
 * requests), named in the footer of every page and in the accessibility statement.
 */
import { globSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleRepositoryUrl, readSettings } from '../../src/settings.ts';
import { isReadingPage, page, sites, text } from '../helpers/sites.ts';

// The build ran with this test's environment (tests/helpers/sites.ts), so it read the same repository address.
const issues = `${readSettings().repoUrl ?? exampleRepositoryUrl}/issues`;

describe('contact', () => {
  it('has a contact page that leads to the repository, without inventing a mailbox', () => {
    const $ = page('real', '/contact/');
    expect(text($, 'h1')).toBe('Contact');
    expect($(`main a[href="${issues}"]`).length).toBe(1);
    expect($('main a[href="/bijdragen/"]').length).toBe(1);
    expect($('a[href^="mailto:"]').length).toBe(0);
  });

  it('names the contact page in the footer of every page', () => {
    const pages = globSync('**/index.html', { cwd: sites.fixture.dist }).filter(isReadingPage);
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const $ = page('fixture', `/${file.replace(/index\.html$/, '')}`);
      expect($('footer a[href="/contact/"]').text(), file).toBe('Contact');
    }
  });

  it('names the contact point in the accessibility statement', () => {
    const $ = page('real', '/toegankelijkheid/');
    const section = $('#contact').next('p');
    expect(section.find(`a[href="${issues}"]`).length).toBe(1);
    expect(section.find('a[href="/contact/"]').length).toBe(1);
  });
});
