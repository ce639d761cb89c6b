/**
 * What the site accepts as an entry's image, for the check that refuses the rest (checks/image-files.ts) and
 * the browser editor that offers only this (editor/config.ts).
 */

/** The one folder under content/ for images that several entries share. */
export const sharedImagesFolder = 'afbeeldingen';

/** A camera photo fits; one huge image must not take the build down. */
export const maxImageBytes = 10 * 1024 * 1024;

/** The formats the site can show, as image-size names them (no SVG: it can hold script). */
export const imageTypes = ['jpg', 'png', 'webp', 'avif', 'gif'] as const;
