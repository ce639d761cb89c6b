import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { paragraphs } from './paragraphs.ts';

describe('paragraphs', () => {
  it('gives one paragraph for a folded text without a blank line', () => {
    const { tekst } = parse('tekst: >-\n  Een zin\n  die doorloopt.\n') as { tekst: string };
    expect(paragraphs(tekst)).toEqual(['Een zin die doorloopt.']);
  });

  it('starts a new paragraph after a blank line in a folded text', () => {
    const { tekst } = parse('tekst: >-\n  Eerste alinea.\n\n  Tweede\n  alinea.\n') as { tekst: string };
    expect(paragraphs(tekst)).toEqual(['Eerste alinea.', 'Tweede alinea.']);
  });

  it('drops empty lines around a plain text', () => {
    expect(paragraphs('\nAlleen dit.\n\n')).toEqual(['Alleen dit.']);
  });
});
