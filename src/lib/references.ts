/**
 * Reference integrity. Astro 7 only logs a reference to a missing entry and builds on with the field
 * empty; a knowledge site must not publish a broken link between entries, so the build checks every
 * reference itself and stops with messages an editor can act on.
 */
import { closest } from 'fastest-levenshtein';
import { isStoredReference, type StoredReference } from '../schemas/common.ts';
import { collectionInfo, type AnyCollection } from '../schemas/collections.ts';
import { isImageMetadata } from './images.ts';

export interface CheckedEntry {
  id: string;
  /** Path from the project root, e.g. content/verslagen/congres.mdx. */
  filePath?: string;
  data: unknown;
}

export interface BrokenReference {
  filePath: string;
  /** Field path as an editor writes it, e.g. werkzameElementen[1]. */
  field: string;
  collection: AnyCollection;
  missingId: string;
  suggestion?: string | undefined;
}

const isReference = (value: unknown, collections: Set<string>): value is StoredReference =>
  isStoredReference(value) && collections.has(value.collection);

/** Finds every reference, at any depth, whose target is not in `collections`. */
export function findBrokenReferences(collections: Partial<Record<AnyCollection, CheckedEntry[]>>): BrokenReference[] {
  const names = new Set(Object.keys(collections));
  const ids = new Map(Object.entries(collections).map(([name, entries]) => [name, entries.map((e) => e.id)]));
  const broken: BrokenReference[] = [];

  const walk = (value: unknown, field: string, owner: CheckedEntry, ownerCollection: string) => {
    if (isReference(value, names)) {
      const known = ids.get(value.collection) ?? [];
      if (!known.includes(value.id)) {
        broken.push({
          filePath: owner.filePath ?? `${ownerCollection}/${owner.id}`,
          field,
          collection: value.collection as AnyCollection,
          missingId: value.id,
          suggestion: known.length > 0 ? closest(value.id, known) : undefined,
        });
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${field}[${i}]`, owner, ownerCollection));
    } else if (typeof value === 'object' && value !== null && !(value instanceof Date) && !isImageMetadata(value)) {
      // Images are skipped: reading their fields would publish the original (images.ts).
      for (const [key, item] of Object.entries(value))
        walk(item, field ? `${field}.${key}` : key, owner, ownerCollection);
    }
  };

  for (const [name, entries] of Object.entries(collections)) {
    for (const entry of entries) walk(entry.data, '', entry, name);
  }
  return broken;
}

/** What is wrong with a broken reference and how to fix it, in Dutch: field, missing id, closest existing id. */
export function brokenReferenceMessage(problem: BrokenReference): string {
  const folder = collectionInfo[problem.collection].folder;
  const hint = problem.suggestion
    ? `Bedoelde je "${problem.suggestion}"? Pas de naam aan, of voeg "${problem.missingId}" toe aan de map ${folder}.`
    : `Voeg "${problem.missingId}" toe aan de map ${folder}, of verwijder de verwijzing.`;
  return `veld "${problem.field}" verwijst naar "${problem.missingId}" in ${folder}, maar dat bestaat niet. ${hint}`;
}
