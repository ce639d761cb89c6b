/** Numbers written the Dutch way: 7,8 not 7.8. */
const number = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** "300", or "25 tot 60" for a range. */
export function formatRange(range: { van: number; tot: number }): string {
  return range.van === range.tot
    ? number.format(range.van)
    : `${number.format(range.van)} tot ${number.format(range.tot)}`;
}

/** An audience rating on the usual Dutch school scale: "7,8 (op een schaal van 10)". */
export function formatRating(range: { van: number; tot: number }): string {
  return `${formatRange(range)} (op een schaal van 10)`;
}

/** A count with Dutch thousands separators: "12.480". */
export const formatCount = (count: number): string => number.format(count);

/** "1 item", "12.480 items". */
export const formatItemCount = (count: number): string => (count === 1 ? '1 item' : `${formatCount(count)} items`);
