/**
 * The editors' check on whole content trees: the real archive and the fixture pass; a copy of the fixture
 * with one mistake of each kind gets exactly one Dutch line per mistake, all in one run.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from './content.ts';
import { formatProblem } from './problems.ts';

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
      'content/praktijkvoorbeelden/rustige-post.mdx:21: veld "werkzameElementen[0]" verwijst naar "vaste-ankerpersoom" in werkzame-elementen, maar dat bestaat niet. Bedoelde je "vaste-ankerpersoon"? Pas de naam aan, of voeg "vaste-ankerpersoom" toe aan de map werkzame-elementen.',
      'content/praktijkvoorbeelden/rustige-post.mdx:57: de link "/verslagen/proefcongress/" wijst naar een pagina die niet bestaat. Controleer het adres; het is de bestandsnaam zonder .md of .mdx, bijvoorbeeld /verslagen/naam-van-het-bestand/.',
      "content/programmas/proefleergang.mdx:13: de gegevens bovenaan zijn geen geldige YAML: een regel springt niet goed in, of er staat een dubbele punt in een tekst. Zet zo'n tekst tussen aanhalingstekens, en laat velden op hetzelfde niveau even ver inspringen.\n  (YAML: bad indentation of a mapping entry)",
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
      `content/praktijkvoorbeelden/rustige-post.mdx:59: de afbeelding ../praktijkvoorbeelden/../../elders/geheim.jpg ${outside}`,
    ]);
  });
});

describe('files the build would refuse, mangle or skip', () => {
  const root = mkdtempSync(join(tmpdir(), 'wat-werkt-parity-'));
  cpSync(fixture, root, { recursive: true });
  const read = (file: string) => readFileSync(join(root, file), 'utf8');
  const write = (file: string, contents: string | Buffer) => writeFileSync(join(root, file), contents);
  const theme = (fields: string, body = 'Tekst.') => `---\n${fields}\n---\n\n${body}\n`;
  const png = (width: number, height: number) => {
    const header = Buffer.alloc(33);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).copy(header);
    header.write('IHDR', 12, 'latin1');
    header.writeUInt32BE(width, 16);
    header.writeUInt32BE(height, 20);
    header.set([8, 6, 0, 0, 0], 24);
    return header;
  };

  // Limits: a huge image, YAML aliases that multiply a file, control and invisible characters.
  write('themas/reuzenbeeld.png', png(16_000, 16_000));
  write(
    'themas/zwaar.jpg',
    Buffer.concat([readFileSync(join(root, 'praktijkvoorbeelden/rustige-post.jpg')), Buffer.alloc(11 * 1024 * 1024)]),
  );
  write('themas/script.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
  write('themas/passwd.png', 'root:x:0:0:root:/root:/bin/bash\n');
  write(
    'themas/beelden.md',
    theme(
      'titel: Beelden\nomschrijving: Vier afbeeldingen.',
      '![Reus](./reuzenbeeld.png)\n\n![Zwaar](./zwaar.jpg)\n\n![Script](./script.svg)\n\n![Tekst](./passwd.png)',
    ),
  );
  write('themas/alias.md', theme('titel: Alias\nomschrijving: &a Een tekst die veel herhaald wordt.\nextra: [*a, *a]'));
  write('themas/stuurteken.md', theme('titel: "Wijk\\x1bteam"\nomschrijving: Gewoon.'));
  write('themas/getal.md', theme('titel: 12345\nomschrijving: [een, lijst]'));
  write(
    'themas/onzichtbaar.md',
    theme('titel: Geld\u200bzorgen\nomschrijving: Een spatie die je niet ziet.', 'Tekst met \u202egnirts\u202c.'),
  );
  // Dates that do not exist, a date the wrong way round, wrong types and a misspelt field.
  write(
    'verslagen/proefcongres.mdx',
    read('verslagen/proefcongres.mdx').replace(/^gepubliceerd: .*$/m, 'gepubliceerd: 2024-02-30'),
  );
  write(
    'werkzame-elementen/vaste-ankerpersoon.mdx',
    read('werkzame-elementen/vaste-ankerpersoon.mdx').replace(/^gepubliceerd: .*$/m, 'gepubliceerd: 0099-01-01'),
  );
  write(
    'verslagen/schrikkeldag.mdx',
    read('verslagen/proefcongres.mdx')
      .replace(/^titel: .*$/m, 'titel: Schrikkeldag')
      .replace(/^gepubliceerd: .*$/m, 'gepubliceerd: 2023-02-29'),
  );
  write(
    'werkzame-elementen/regie-op-maat.mdx',
    read('werkzame-elementen/regie-op-maat.mdx')
      .replace(/^gepubliceerd: .*$/m, 'gepubliceerd: 14-10-2024')
      .replace(/^samenvatting:/m, 'samenvating:'),
  );
  // Names the loader skips or cannot publish, an entry in a subfolder, and +++ inside the data.
  mkdirSync(join(root, 'themas/sub'));
  write('themas/sub/dieper.md', theme('titel: Dieper\nomschrijving: In een submap.'));
  write('themas/!!.md', theme('titel: Uitroep\nomschrijving: Geen adres.'));
  write('themas/..md', theme('titel: Punt\nomschrijving: Geen adres.'));
  write('themas/2.md', theme('titel: Twee\nomschrijving: Een nummer.'));
  write('themas/x.MD', theme('titel: Hoofdletters\nomschrijving: Overgeslagen.'));
  write('themas/oud.markdown', theme('titel: Oud\nomschrijving: Overgeslagen.'));
  write('themas/.verborgen.md', theme('titel: Verborgen\nomschrijving: Overgeslagen.'));
  write('themas/plussen.md', theme('titel: Plussen\nomschrijving: "Een tekst over\n+++ meerdere regels"'));

  it('refuses each with file, line and a Dutch fix, and warns about skipped files', () => {
    expect(checkContent(root, 'content').map(formatProblem)).toEqual([
      'content/themas/!!.md: van deze bestandsnaam kan de site geen adres maken. Gebruik letters, cijfers en streepjes, zoals vaste-contactpersoon.md.',
      'content/themas/..md: van deze bestandsnaam kan de site geen adres maken. Gebruik letters, cijfers en streepjes, zoals vaste-contactpersoon.md.',
      "content/themas/.verborgen.md: waarschuwing: dit bestand wordt overgeslagen: alleen bestanden die eindigen op .md of .mdx (kleine letters, niet verborgen) worden pagina's. Hernoem het naar verborgen.md als het een item is.",
      'content/themas/2.md: een bestandsnaam van alleen cijfers botst met de paginanummers van het overzicht (/themas/2/). Gebruik een naam met woorden, zoals 2-naam-van-het-item.md.',
      'content/themas/alias.md:3: &a (een YAML-anker) is niet toegestaan. Laat het weg en schrijf waarden gewoon uit.',
      'content/themas/alias.md:4: *a herhaalt een ander deel van de gegevens (een YAML-alias); dat is niet toegestaan. Schrijf de waarde gewoon uit.',
      "content/themas/beelden.md:6: de afbeelding ./reuzenbeeld.png is 16000 × 16000 pixels; meer dan 40 miljoen pixels kan niet. Maak de afbeelding kleiner: 2400 pixels breed is ruim genoeg voor de site (in Windows met Foto's > Formaat wijzigen, op een Mac met Voorvertoning > Pas grootte aan).",
      "content/themas/beelden.md:8: de afbeelding ./zwaar.jpg is 11,0 MB; meer dan 10 MB kan niet. Maak de afbeelding kleiner: 2400 pixels breed is ruim genoeg voor de site (in Windows met Foto's > Formaat wijzigen, op een Mac met Voorvertoning > Pas grootte aan).",
      'content/themas/beelden.md:10: de afbeelding ./script.svg is geen foto of afbeelding die de site kan tonen. Gebruik een JPEG, PNG, WebP, AVIF of GIF (SVG niet: dat kan code bevatten).',
      'content/themas/beelden.md:12: de afbeelding ./passwd.png is geen foto of afbeelding die de site kan tonen. Gebruik een JPEG, PNG, WebP, AVIF of GIF (SVG niet: dat kan code bevatten).',
      'content/themas/getal.md:2: veld "titel" klopt niet: De titel moet tekst zijn. Staat er een dubbele punt in? Zet de tekst dan tussen aanhalingstekens: \'...\'',
      'content/themas/getal.md:3: veld "omschrijving" klopt niet: De omschrijving moet tekst zijn. Staat er een dubbele punt in? Zet de tekst dan tussen aanhalingstekens: \'...\'',
      'content/themas/onzichtbaar.md:2: hier staat een onzichtbaar teken (U+200B). Zulke tekens zie je niet, maar ze breken de site of misleiden lezers. Typ de tekst opnieuw, of plak hem eerst als platte tekst.',
      'content/themas/onzichtbaar.md:6: hier staat een teken dat de leesrichting omdraait (U+202E) en een teken dat de leesrichting omdraait (U+202C). Zulke tekens zie je niet, maar ze breken de site of misleiden lezers. Typ de tekst opnieuw, of plak hem eerst als platte tekst.',
      "content/themas/oud.markdown: waarschuwing: dit bestand wordt overgeslagen: alleen bestanden die eindigen op .md of .mdx (kleine letters, niet verborgen) worden pagina's. Hernoem het naar oud.md als het een item is.",
      'content/themas/plussen.md:4: deze regel begint met +++, en dat leest de site als het einde van de gegevens bovenaan. Begin de regel anders, of zet de tekst tussen aanhalingstekens op één regel.',
      'content/themas/stuurteken.md:2: deze tekst maakt met een code met een backslash (\\x of \\u) een stuurteken (U+001B). Zulke tekens zie je niet, maar ze breken de site of misleiden lezers. Typ de tekst opnieuw, of plak hem eerst als platte tekst.',
      'content/themas/sub/dieper.md: dit item staat in een submap. Zet het bestand direct in de map content/themas/; submappen maken geen pagina.',
      "content/themas/x.MD: waarschuwing: dit bestand wordt overgeslagen: alleen bestanden die eindigen op .md of .mdx (kleine letters, niet verborgen) worden pagina's. Hernoem het naar x.md als het een item is.",
      'content/verslagen/proefcongres.mdx:11: 2024-02-30 bestaat niet in de kalender. Controleer de dag en de maand (schrijf jaar-maand-dag, zoals 2024-10-14).',
      'content/verslagen/schrikkeldag.mdx:11: 2023-02-29 bestaat niet in de kalender. Controleer de dag en de maand (schrijf jaar-maand-dag, zoals 2024-10-14).',
      'content/werkzame-elementen/regie-op-maat.mdx:2: veld "samenvatting" ontbreekt — voeg toe als samenvatting: Eén of twee zinnen over waar dit item over gaat.',
      'content/werkzame-elementen/regie-op-maat.mdx:3: veld "samenvating" bestaat niet. Bedoelde je "samenvatting"? Controleer de spelling, of verwijder het veld.',
      'content/werkzame-elementen/regie-op-maat.mdx:10: veld "gepubliceerd" klopt niet: schrijf de datum als 2024-10-14 (jaar-maand-dag)',
      'content/werkzame-elementen/vaste-ankerpersoon.mdx:17: 0099-01-01 ligt vóór 1900; dat is vast een tikfout. Schrijf het jaar met vier cijfers.',
    ]);
  });
});

describe('an entry with several kinds of problem', () => {
  const root = mkdtempSync(join(tmpdir(), 'wat-werkt-all-'));
  cpSync(fixture, root, { recursive: true });
  const file = join(root, 'praktijkvoorbeelden/rustige-post.mdx');
  writeFileSync(
    file,
    readFileSync(file, 'utf8')
      .replace('werkzameElementen: [vaste-ankerpersoon]', 'werkzameElementen: [vaste-ankerpersoom]')
      .replace(/^ {2}eind: .*$/m, '  eind: 2024-06'),
  );

  it('reports a misspelt reference in the same run as a field that is wrong', () => {
    expect(checkContent(root, 'content').map(formatProblem)).toEqual([
      'content/praktijkvoorbeelden/rustige-post.mdx:18: veld "periode" klopt niet: De einddatum ligt vóór de startdatum',
      'content/praktijkvoorbeelden/rustige-post.mdx:21: veld "werkzameElementen[0]" verwijst naar "vaste-ankerpersoom" in werkzame-elementen, maar dat bestaat niet. Bedoelde je "vaste-ankerpersoon"? Pas de naam aan, of voeg "vaste-ankerpersoom" toe aan de map werkzame-elementen.',
      // An entry that does not pass its schema gets no page, so the theme's link to it is reported too.
      'content/themas/geldzorgen.md:6: de link "/praktijkvoorbeelden/rustige-post/" wijst naar een pagina die niet bestaat. Controleer het adres; het is de bestandsnaam zonder .md of .mdx, bijvoorbeeld /praktijkvoorbeelden/naam-van-het-bestand/.',
    ]);
  });
});
