/**
 * The licences of Wat Werkt, in one place that the LICENSE files, package.json, the footer, JSON-LD and every
 * open-data file follow (licences.test.ts checks the files and package.json against it). The content is CC BY
 * 4.0: reuse is free with attribution, to Wat Werkt and, where a text follows a source, to the organisation
 * the entry names as its source. The code is EUPL-1.2, the Dutch public sector's default for open source.
 */
export interface Licence {
  /** The SPDX identifier. */
  id: string;
  name: string;
  /** The licence's canonical address: what JSON-LD and the data files name. */
  url: string;
  /** Its full text in the repository. */
  file: string;
}

export const contentLicence: Licence = {
  id: 'CC-BY-4.0',
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  file: 'LICENSE-content.txt',
};

export const codeLicence: Licence = {
  id: 'EUPL-1.2',
  name: 'EUPL-1.2',
  url: 'https://joinup.ec.europa.eu/page/eupl-text-11-12',
  file: 'LICENSE',
};

/** Who to credit when reusing an entry, said once for the footer, the open-data page and the data manifest. */
export const attribution =
  'Vermeld bij hergebruik Wat Werkt en, waar een tekst een bron volgt, de organisatie die het item als bron noemt.';
