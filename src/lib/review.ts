/**
 * Review dates: a working element says when its content was last checked, and after a while the site
 * flags it as possibly outdated, for visitors on the page and for editors in `npm run report:stale`.
 * The age is a setting (months); WAT_WERKT_REVIEW_MONTHS overrides it.
 */
const defaultReviewMonths = 24;

export const reviewMonths = (env: Record<string, string | undefined> = process.env) => {
  const months = Number(env.WAT_WERKT_REVIEW_MONTHS ?? defaultReviewMonths);
  if (!Number.isInteger(months) || months < 1) {
    throw new Error(`WAT_WERKT_REVIEW_MONTHS="${env.WAT_WERKT_REVIEW_MONTHS}" moet een heel aantal maanden zijn.`);
  }
  return months;
};

/** Whether a review on `reviewed` is older than `months` on `today` (both calendar days at midnight UTC). */
export function isStale(reviewed: Date, today: Date, months: number): boolean {
  const due = new Date(reviewed);
  due.setUTCMonth(due.getUTCMonth() + months);
  return due < today;
}
