/**
 * Image metadata from `image()` in a content schema is a proxy: reading any of its fields marks the
 * original file as used, and Astro then copies it byte for byte into dist/_astro/, camera metadata (EXIF,
 * GPS position) and all. Code that only needs the facts reads them through the hidden `clone`, as Astro's
 * own getImage() does, so that only the re-encoded copies <Picture> and getImage() make are published.
 */
import type { ImageMetadata } from 'astro';

type ImageFacts = Pick<ImageMetadata, 'width' | 'height' | 'format'> & { src: string };

/** True for image metadata, checked with `in` so the proxy is not read. */
export const isImageMetadata = (value: unknown): value is ImageMetadata =>
  typeof value === 'object' && value !== null && 'src' in value && 'width' in value && 'format' in value;

/** The image's size, format and build-time URL, read without publishing the original. */
export function imageFacts(image: ImageMetadata): ImageFacts {
  const { src, width, height, format } = (image as ImageMetadata & { clone?: ImageMetadata }).clone ?? image;
  return { src, width, height, format };
}
