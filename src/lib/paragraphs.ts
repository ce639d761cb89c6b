/**
 * The paragraphs of a frontmatter text. In a folded YAML text (`>-`) a blank line between two paragraphs
 * becomes one line break, so every line break starts a new paragraph.
 */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}
