/**
 * Review dates: a working element says when its content was last checked, and after a while the site
 * flags it as possibly outdated, for visitors on the page and for editors in `npm run report:stale`.
 * The age is a setting in months (WAT_WERKT_REVIEW_MONTHS, see src/settings.ts).
 */

/** Whether a review on `reviewed` is older than `months` on `today` (both calendar days at midnight UTC). */
export function isStale(reviewed: Date, today: Date, months: number): boolean {
  const due = new Date(reviewed);
  due.setUTCMonth(due.getUTCMonth() + months);
  return due < today;
}
