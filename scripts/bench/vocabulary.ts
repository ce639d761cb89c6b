/**
 * Dutch-like text for the benchmark archive. Word frequencies follow Zipf's law over a vocabulary of
 * thousands of words (Dutch function words first, then the field's own terms, then generated compounds),
 * because a search index's size and speed depend on how many distinct words it holds and how they spread
 * over the pages: a fifty-word vocabulary made every index chunk and every query unrealistically cheap.
 */

const functionWords = (
  'de het een en van in is dat op te met voor zijn die niet aan er om ook als bij door naar dan wordt kan ' +
  'maar nog worden of uit meer over tot wel hun deze wat zo al veel wij zij geen werd moet na onder omdat ' +
  'tussen hebben heeft kunnen zonder waar hoe wie elke eigen andere goed samen vaak soms steeds weer'
).split(' ');

export const fieldWords = (
  'gemeente wijkteam inwoner schulden hulpverlening regie toegang beleid praktijk samenwerking armoede werk ' +
  'inkomen jeugd zorg welzijn ondersteuning vraag aanpak resultaat professional netwerk kennis ervaring ' +
  'huishouden contactpersoon vertrouwen maatwerk uitvoering bestuur signaal preventie gezin wijk buurt ' +
  'mantelzorg participatie schuldhulp budget stress stabiliteit leren werkplaats bijeenkomst evaluatie ' +
  'coördinatie financiële ideeën reïntegratie cliënt cliënten beëindiging geïnformeerd geëvalueerd café ' +
  'wethouder beleidsmaker uitvoerder casus doelgroep voorziening indicatie beschikking toeslag bewindvoering'
).split(' ');

const prefixes = ['', '', 'be', 'ver', 'ont', 'ge', 'her', 'over', 'onder', 'uit', 'mee', 'toe', 'door', 'na'];
const roots = (
  'werk zorg hulp schuld wijk buurt gezin jeugd geld woon leer kennis regie vraag plan recht taal school ' +
  'sport buur zet deel keuze steun kracht grond weg raad dienst kans stap vorm doel rol beeld kring maat ' +
  'hand huis tijd land stad dorp markt fonds kost prijs baan loon brief lijst gesprek team groep'
).split(' ');
const suffixes = ['', '', 'en', 'ing', 'ingen', 'heid', 'lijk', 'baar', 'er', 'ers', 'je', 'tje', 'st', 'isch'];

/** Generated words are compounds of Dutch-like parts; the same parts always give the same vocabulary. */
function compounds(count: number, taken: Set<string>): string[] {
  const words: string[] = [];
  for (let i = 0; words.length < count; i++) {
    const a = roots[i % roots.length]!;
    const b = roots[Math.floor(i / roots.length) % roots.length]!;
    const prefix = prefixes[Math.floor(i / roots.length ** 2) % prefixes.length]!;
    const suffix = suffixes[(i * 7) % suffixes.length]!;
    const word = `${prefix}${a}${a === b ? '' : b}${suffix}`;
    if (!taken.has(word)) {
      taken.add(word);
      words.push(word);
    }
  }
  return words;
}

/** Picks words by rank with probability proportional to 1/rank from a fixed vocabulary. */
export function zipfWords(size = 8_000) {
  const known = [...functionWords, ...fieldWords];
  const vocabulary = [...known, ...compounds(size - known.length, new Set(known))];
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= vocabulary.length; rank++) cumulative.push((total += 1 / rank));

  return (next: () => number): string => {
    const target = next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return vocabulary[low]!;
  };
}
