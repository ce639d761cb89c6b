/**
 * The editors' check on whole content trees: the real archive and the fixture pass; a copy of the fixture
 * with one mistake of each kind gets exactly one Dutch line per mistake, all in one run.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from './content-check.ts';

const fixture = join(import.meta.dirname, '../../tests/fixtures/site');

it('finds nothing wrong in the real archive and the fixture', () => {
  expect(checkContent(join(import.meta.dirname, '../../content')).map(formatProblem)).toEqual([]);
  expect(checkContent(fixture).map(formatProblem)).toEqual([]);
});

describe('a tree with one mistake of each kind', () => {
  const root = mkdtempSync(join(tmpdir(), 'wat-werkt-check-'));
  cpSync(fixture, root, { recursive: true });
  const edit = (file: string, change: (text: string) => string) =>
    writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));

  edit('verslagen/proefcongres.mdx', (t) =>
    t.replace(/^samenvatting:.*\n/m, '').replace('soort: congres', 'soort: congress'),
  );
  edit('praktijkvoorbeelden/rustige-post.mdx', (t) =>
    t
      .replace('werkzameElementen: [vaste-ankerpersoon]', 'werkzameElementen: [vaste-ankerpersoom]')
      .replace('src: ./rustige-post.jpg', 'src: ./bestaat-niet.jpg')
      .concat('\nZie [het congres](/verslagen/proefcongress/).\n'),
  );
  edit('werkzame-elementen/regie-op-maat.mdx', (t) => t.replace('titel: Regie op maat', 'titel: Vaste ankerpersoon'));
  edit('programmas/proefleergang.mdx', (t) => t.replace('doelgroep: Beleidsmedewerkers', 'doelgroep: Let op: beleid'));
  cpSync(join(root, 'themas/geldzorgen.md'), join(root, 'themas/Geldzorgen.mdx'));
  // A link that would bring a file from elsewhere into the content, unchecked.
  symlinkSync(join(root, '../elders'), join(root, 'verslagen/uitstapje'));
  writeFileSync(
    join(root, 'themas/wijkteams.md'),
    '---\ntitel: Wijkteams\nomschrijving: x\n---\n\n<script>x</script>\n\n![Een kaart van de wijk](./kaart.png)\n',
  );

  it('reports every problem with file, line and fix', () => {
    expect(checkContent(root, 'content').map(formatProblem)).toEqual([
      'content/praktijkvoorbeelden/rustige-post.mdx:12: veld "afbeelding.src": het bestand ./bestaat-niet.jpg bestaat niet. Zet het bestand naast dit item en verwijs ernaar als ./naam.jpg, of controleer de spelling van de naam.',
      'content/praktijkvoorbeelden/rustige-post.mdx:20: veld "werkzameElementen[0]" verwijst naar "vaste-ankerpersoom" in werkzame-elementen, maar dat bestaat niet. Bedoelde je "vaste-ankerpersoon"? Pas de naam aan, of voeg "vaste-ankerpersoom" toe aan de map werkzame-elementen.',
      'content/praktijkvoorbeelden/rustige-post.mdx:30: de link "/verslagen/proefcongress/" wijst naar een pagina die niet bestaat. Controleer het adres; het is de bestandsnaam zonder .md of .mdx, bijvoorbeeld /verslagen/naam-van-het-bestand/.',
      'content/programmas/proefleergang.mdx:13: de gegevens bovenaan zijn geen geldige YAML: bad indentation of a mapping entry. Staat er een dubbele punt in een tekst? Zet die tekst dan tussen aanhalingstekens.',
      'content/themas/geldzorgen.md:2: dezelfde titel als content/themas/Geldzorgen.mdx. Maak de titel onderscheidend, of voeg de twee samen.',
      'content/themas/Geldzorgen.mdx: dit bestand en content/themas/geldzorgen.md krijgen allebei het adres "geldzorgen". Geef een van de twee een andere bestandsnaam, of verwijder het dubbele bestand.',
      'content/themas/wijkteams.md:6: HTML is niet toegestaan in een .md-bestand. Gebruik Markdown.',
      'content/themas/wijkteams.md:8: de afbeelding ./kaart.png bestaat niet. Zet het bestand naast dit item en verwijs ernaar als ./naam.jpg, of controleer de spelling van de naam.',
      'content/verslagen/proefcongres.mdx:2: veld "samenvatting" ontbreekt — voeg toe als samenvatting: Eén of twee zinnen over waar dit item over gaat.',
      'content/verslagen/proefcongres.mdx:11: veld "soort" klopt niet: kies één van: congres, conferentie, actualiteitencollege, themabijeenkomst, wat-werkt-sessie, leernetwerk, werkplaats, webinar',
      'content/verslagen/uitstapje: dit is een snelkoppeling (symbolic link); die zijn niet toegestaan in de inhoud. Zet het bestand zelf in de map.',
      'content/werkzame-elementen/vaste-ankerpersoon.mdx:2: dezelfde titel als content/werkzame-elementen/regie-op-maat.mdx. Maak de titel onderscheidend, of voeg de twee samen.',
    ]);
  });
});

describe('images from outside the content', () => {
  // A file next to the checkout (it exists, so only its place can stop it) and a shared image that may be used.
  const base = mkdtempSync(join(tmpdir(), 'wat-werkt-images-'));
  const root = join(base, 'content');
  cpSync(fixture, root, { recursive: true });
  mkdirSync(join(base, 'elders'));
  writeFileSync(join(base, 'elders/geheim.jpg'), readFileSync(join(root, 'praktijkvoorbeelden/rustige-post.jpg')));
  mkdirSync(join(root, 'afbeeldingen'));
  cpSync(join(root, 'praktijkvoorbeelden/rustige-post.jpg'), join(root, 'afbeeldingen/gedeeld.jpg'));
  const edit = (file: string, change: (text: string) => string) =>
    writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
  edit('praktijkvoorbeelden/rustige-post.mdx', (t) =>
    t
      .replace('src: ./rustige-post.jpg', 'src: ../../elders/geheim.jpg')
      .concat(
        '\n![Gedeeld](../afbeeldingen/gedeeld.jpg)\n\n![Geheim](../praktijkvoorbeelden/../../elders/geheim.jpg)\n',
      ),
  );

  it('refuses a path that climbs out of the content, in the frontmatter and in the body, and allows the shared folder', () => {
    const outside =
      'staat buiten de map van dit item. Zet de afbeelding naast dit bestand (./naam.jpg) of in de map afbeeldingen/ van de inhoud (../afbeeldingen/naam.jpg).';
    expect(checkContent(root, 'content').map(formatProblem)).toEqual([
      `content/praktijkvoorbeelden/rustige-post.mdx:12: veld "afbeelding.src": het bestand ../../elders/geheim.jpg ${outside}`,
      `content/praktijkvoorbeelden/rustige-post.mdx:32: de afbeelding ../praktijkvoorbeelden/../../elders/geheim.jpg ${outside}`,
    ]);
  });
});
