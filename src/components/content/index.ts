/**
 * The components editors may use in MDX, passed to every rendered entry so no import is needed. Their names
 * and attributes are specified in src/schemas/content-components.ts, which the content check enforces.
 */
import Citaat from './Citaat.astro';
import Kader from './Kader.astro';
import Kerncijfer from './Kerncijfer.astro';
import Video from './Video.astro';

export const contentComponents = { Kader, Citaat, Kerncijfer, Video };
