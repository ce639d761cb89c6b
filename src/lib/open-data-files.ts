/**
 * The open-data files and the release manifest (/data/index.json) that lists them: what the /open-data/ page
 * shows and what a program reads to find the files, their counts, their licence and the version they are of.
 */
import { collectionInfo, entryCollections, type EntryCollection } from '../schemas/collections.ts';
import { attribution, contentLicence } from './licences.ts';
import { sitePath } from './site-path.ts';

/** The name of the file with every entry. */
export const EVERYTHING = 'alles';

/** An open-data file's path inside the site, e.g. `data/alles.json`. */
export const openDataPath = (name: string, extension: 'json' | 'schema.json' | 'csv') => `data/${name}.${extension}`;

export interface OpenDataFile {
  /** The file name without extension: a collection's folder, or `alles`. */
  name: string;
  label: string;
  /** The collection name in the records' `type`; none for the file with everything. */
  type: string | undefined;
  count: number;
  json: string;
  schema: string;
  /** The CSV: one per collection (their columns differ), none for everything. */
  csv: string | undefined;
}

/** The files for the entries of each collection (the archive), as site paths. */
export function openDataFiles(entries: Record<EntryCollection, readonly unknown[]>): OpenDataFile[] {
  const counts = (collection: EntryCollection) => entries[collection].length;
  const file = (name: string, label: string, count: number, collection?: EntryCollection): OpenDataFile => ({
    name,
    label,
    type: collection && collectionInfo[collection].folder,
    count,
    json: sitePath(`/${openDataPath(name, 'json')}`),
    schema: sitePath(`/${openDataPath(name, 'schema.json')}`),
    csv: collection && sitePath(`/${openDataPath(name, 'csv')}`),
  });
  return [
    ...entryCollections.map((collection) =>
      file(collectionInfo[collection].folder, collectionInfo[collection].plural, counts(collection), collection),
    ),
    file(
      EVERYTHING,
      'Het hele archief',
      entryCollections.reduce((sum, collection) => sum + counts(collection), 0),
    ),
  ];
}

interface Release {
  files: readonly OpenDataFile[];
  site: URL;
  built: Date;
  commit: string | null;
}

/** The dated release manifest, with absolute addresses so it can be read anywhere. */
export function releaseManifest({ files, site, built, commit }: Release) {
  const absolute = (path: string | undefined) => (path === undefined ? null : new URL(path, site).href);
  return {
    title: 'Wat Werkt: open data',
    built: built.toISOString(),
    commit,
    license: { id: contentLicence.id, name: contentLicence.name, url: contentLicence.url, attribution },
    files: files.map((file) => ({
      name: file.name,
      type: file.type ?? null,
      count: file.count,
      json: absolute(file.json),
      schema: absolute(file.schema),
      csv: absolute(file.csv),
    })),
  };
}
