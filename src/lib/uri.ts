/** Percent-decodes an address, or keeps it as written when it is not valid encoding (a lone % in "50%.png"). */
export function decodeOrKeep(value: string, decode: (value: string) => string = decodeURI): string {
  try {
    return decode(value);
  } catch {
    return value;
  }
}
