/**
 * The editors' change notes (`wijzigingen`) and the dates that follow from them. An entry's latest editorial
 * date is the day of its newest note, else the day it was published: feeds, citations and structured data
 * date an entry by it. git's dates are only the page's fallback for "laatst bijgewerkt" (a typo fix counts
 * there, but is not news: see pageDates).
 */

export interface Revision {
  datum: Date;
  notitie: string;
}

interface EditorialDates {
  gepubliceerd: Date;
  wijzigingen?: readonly Revision[] | undefined;
}

/** The notes newest first, whatever order the editor wrote them in (a stable sort keeps one day's order). */
export const revisionsNewestFirst = (data: EditorialDates): Revision[] =>
  (data.wijzigingen ?? []).toSorted((a, b) => +b.datum - +a.datum);

/** The day of the newest change note, if any. */
export const lastRevised = (data: EditorialDates): Date | undefined => revisionsNewestFirst(data)[0]?.datum;

/** The entry's latest editorial date: its newest change note, else the day it was published. */
export const editorialDate = (data: EditorialDates): Date => lastRevised(data) ?? data.gepubliceerd;

/**
 * What "Geschiedenis van deze pagina" shows: published, and last updated from the newest note, or else
 * from the file's newest commit when that falls after the publication day (on the day itself it is the
 * publication).
 */
export function pageDates(data: EditorialDates, lastCommitDay: Date | undefined): PageDates {
  const noted = lastRevised(data);
  const committed = lastCommitDay && +lastCommitDay > +data.gepubliceerd ? lastCommitDay : undefined;
  return { published: data.gepubliceerd, updated: noted ?? committed, revisions: revisionsNewestFirst(data) };
}

export interface PageDates {
  published: Date;
  updated: Date | undefined;
  /** The change notes, newest first. */
  revisions: Revision[];
}

/** What an entry page's history section shows: its dates and notes, and where its source files are. */
export interface PageHistory extends PageDates {
  /** The file's history in the public repository, when its address is known. */
  sourceUrl: string | undefined;
}
