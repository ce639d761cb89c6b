/**
 * The components editors may use in MDX, passed to every rendered entry so no import is needed. The
 * content check (src/lib/body-rules.ts) allows exactly these names and their attributes.
 */
import Citaat from './Citaat.astro';
import Kader from './Kader.astro';
import Kerncijfer from './Kerncijfer.astro';
import Video from './Video.astro';

export const contentComponents = { Kader, Citaat, Kerncijfer, Video };
