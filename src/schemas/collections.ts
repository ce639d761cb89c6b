/**
 * The four entry collections and how the site names them. Collection keys are code names; `folder` is
 * both the folder under content/ and the URL segment, so editors see one name everywhere.
 */
export const entryCollections = ['workingElements', 'practiceExamples', 'eventReports', 'programmes'] as const;
export type EntryCollection = (typeof entryCollections)[number];

export const supportCollections = ['themes', 'organisations'] as const;
export type SupportCollection = (typeof supportCollections)[number];
export type AnyCollection = EntryCollection | SupportCollection;

export interface CollectionInfo {
  folder: string;
  /** One entry, as a badge or search filter value. */
  singular: string;
  plural: string;
  /** What the index page tells a visitor about this collection. */
  intro: string;
}

export const collectionInfo: Record<AnyCollection, CollectionInfo> = {
  workingElements: {
    folder: 'werkzame-elementen',
    singular: 'Werkzaam element',
    plural: 'Werkzame elementen',
    intro:
      'Wat werkt en waarom: de elementen die in de praktijk het verschil maken, met de voorwaarden die ze nodig hebben.',
  },
  practiceExamples: {
    folder: 'praktijkvoorbeelden',
    singular: 'Praktijkvoorbeeld',
    plural: 'Praktijkvoorbeelden',
    intro: 'Hoe gemeenten en teams werkzame elementen toepassen: het probleem, de aanpak en wat het opleverde.',
  },
  eventReports: {
    folder: 'verslagen',
    singular: 'Verslag',
    plural: 'Verslagen',
    intro: 'Verslagen van congressen, colleges, themabijeenkomsten en leernetwerken, met cijfers en lessen.',
  },
  programmes: {
    folder: 'programmas',
    singular: 'Programma',
    plural: "Programma's",
    intro: 'Opleidingen, lerende praktijken, werkplaatsen en leernetwerken: voor wie, wanneer en hoe je meedoet.',
  },
  themes: {
    folder: 'themas',
    singular: 'Thema',
    plural: "Thema's",
    intro: 'Alles in het archief, geordend per thema.',
  },
  organisations: {
    folder: 'organisaties',
    singular: 'Organisatie',
    plural: 'Organisaties',
    intro: "De organisaties achter de programma's, verslagen en voorbeelden in het archief.",
  },
};

/** The site path of an entry's page, e.g. /werkzame-elementen/vaste-contactpersoon/. */
export const entryPath = (collection: AnyCollection, id: string): `/${string}/` =>
  `/${collectionInfo[collection].folder}/${id}/`;

/** The site path of a collection's index page. */
export const collectionPath = (collection: AnyCollection): `/${string}/` => `/${collectionInfo[collection].folder}/`;
