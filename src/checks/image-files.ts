/**
 * The image files an entry uses, checked before Astro reads them: where they are (nothing from outside
 * content/ may be published through an image path), what they are (a real photo or drawing, not an SVG
 * with script or any file renamed .png), and how large (one huge image must not take the build down).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { imageSize } from 'image-size';
import { imageTypes, maxImageBytes, sharedImagesFolder } from '../lib/content-images.ts';

/** Limits: a 24-megapixel camera photo fits; a 16,000 × 16,000 image (256 megapixels) does not. */
export const maxImagePixels = 40_000_000;
const allowedTypes = new Set<string>(imageTypes);
const resizeAdvice =
  "Maak de afbeelding kleiner: 2400 pixels breed is ruim genoeg voor de site (in Windows met Foto's > Formaat wijzigen, op een Mac met Voorvertoning > Pas grootte aan).";

/** Why an image path beside `documentPath` cannot be published, or undefined if it can. */
export function imageProblem(documentPath: string, src: string, roots: readonly string[]): string | undefined {
  const file = resolve(dirname(documentPath), src);
  if (!roots.some((root) => file.startsWith(resolve(root) + sep)))
    return `staat buiten de map van dit item. Zet de afbeelding naast dit bestand (./naam.jpg) of in de map ${sharedImagesFolder}/ van de inhoud (../${sharedImagesFolder}/naam.jpg).`;
  if (!existsSync(file) || !statSync(file).isFile())
    return 'bestaat niet. Zet het bestand naast dit item en verwijs ernaar als ./naam.jpg, of controleer de spelling van de naam.';
  const bytes = statSync(file).size;
  if (bytes > maxImageBytes)
    return `is ${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB; meer dan ${maxImageBytes / 1024 / 1024} MB kan niet. ${resizeAdvice}`;
  let size: ReturnType<typeof imageSize> | undefined;
  try {
    size = imageSize(readFileSync(file));
  } catch {
    size = undefined;
  }
  if (!size?.type || !allowedTypes.has(size.type))
    return 'is geen foto of afbeelding die de site kan tonen. Gebruik een JPEG, PNG, WebP, AVIF of GIF (SVG niet: dat kan code bevatten).';
  const pixels = size.width * size.height;
  if (pixels > maxImagePixels)
    return `is ${size.width} × ${size.height} pixels; meer dan ${maxImagePixels / 1_000_000} miljoen pixels kan niet. ${resizeAdvice}`;
  return undefined;
}
