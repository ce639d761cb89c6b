import { expect, it } from 'vitest';
import { contentComponentSpecs } from '../../schemas/content-components.ts';
import { contentComponents } from './index.ts';

it('renders exactly the components the content check allows', () => {
  expect(Object.keys(contentComponents).sort()).toEqual(Object.keys(contentComponentSpecs).sort());
});
