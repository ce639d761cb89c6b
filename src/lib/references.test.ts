import { describe, expect, it } from 'vitest';
import { brokenReferenceMessage, findBrokenReferences } from './references.ts';

const ref = (collection: string, id: string) => ({ collection, id });

describe('findBrokenReferences', () => {
  const themes = [{ id: 'armoede-en-schulden', data: { titel: 'Armoede' } }];
  const workingElements = [
    { id: 'vaste-contactpersoon', filePath: 'content/werkzame-elementen/vaste-contactpersoon.mdx', data: {} },
    { id: 'procesregie', data: {} },
  ];

  it('accepts references to entries that exist', () => {
    const practiceExamples = [
      {
        id: 'ok',
        filePath: 'content/praktijkvoorbeelden/ok.mdx',
        data: {
          themas: [ref('themes', 'armoede-en-schulden')],
          werkzameElementen: [ref('workingElements', 'procesregie')],
        },
      },
    ];
    expect(findBrokenReferences({ themes, workingElements, practiceExamples })).toEqual([]);
  });

  it('names the file, the field path and the closest existing id', () => {
    const practiceExamples = [
      {
        id: 'stress',
        filePath: 'content/praktijkvoorbeelden/stress.mdx',
        data: {
          titel: 'Stress',
          periode: { start: new Date('2024-01-01') },
          werkzameElementen: [ref('workingElements', 'procesregie'), ref('workingElements', 'vaste-contactpersoom')],
        },
      },
    ];
    const [problem, ...rest] = findBrokenReferences({ themes, workingElements, practiceExamples });
    expect(rest).toEqual([]);
    expect(problem).toEqual({
      filePath: 'content/praktijkvoorbeelden/stress.mdx',
      field: 'werkzameElementen[1]',
      collection: 'workingElements',
      missingId: 'vaste-contactpersoom',
      suggestion: 'vaste-contactpersoon',
    });
    expect(brokenReferenceMessage(problem!)).toBe(
      'veld "werkzameElementen[1]" verwijst naar "vaste-contactpersoom" in ' +
        'werkzame-elementen, maar dat bestaat niet. Bedoelde je "vaste-contactpersoon"? Pas de naam aan, of voeg ' +
        '"vaste-contactpersoom" toe aan de map werkzame-elementen.',
    );
  });

  it('finds references nested in objects and reports every one', () => {
    const eventReports = [
      { id: 'a', data: { deep: { list: [ref('themes', 'nope')] }, themas: [ref('themes', 'ook-niet')] } },
    ];
    const problems = findBrokenReferences({ themes, eventReports });
    expect(problems.map((p) => p.field)).toEqual(['deep.list[0]', 'themas[0]']);
    expect(problems[0]!.filePath).toBe('eventReports/a');
  });

  it('ignores objects that only look like references to unknown collections', () => {
    const programmes = [{ id: 'p', data: { x: { collection: 'elsewhere', id: 'y' } } }];
    expect(findBrokenReferences({ programmes })).toEqual([]);
  });
});
