import { describe, expect, it } from 'vitest';
import { canonicalValue, headingField } from '../../src/vocabulary.js';

describe('vocabulary', () => {
  it('reads a deviation ground written as a sentence when it names exactly one ground', () => {
    expect(canonicalValue('sharedSolution.grounds', 'Den fællesoffentlige løsning er væsentligt dyrere end vores egen')).toBe('more-expensive');
    expect(canonicalValue('sharedSolution.grounds', 'Lösningen ger en väsentlig funktionell försämring för handläggarna')).toBe('functional-deterioration');
    expect(canonicalValue('sharedSolution.grounds', 'Den er vesentlig dyrere og svekker sikkerheten')).toBeUndefined();
  });

  it('does not read values inside prose for fields whose values are single words', () => {
    expect(canonicalValue('category', 'Vi bygger något innovativt')).toBeUndefined();
    expect(canonicalValue('category', 'Innovativt (pilot i sex månader)')).toBe('innovative');
  });

  it('maps headings of the governments\' own templates', () => {
    expect(headingField('Økonomiske hovedtal og finansiering')).toBe('businessCase');
    expect(headingField('3.2 Gevinstrealiseringsplan')).toBe('businessCase.benefitsRealisation');
    expect(headingField('Effektmål')).toBe('followUp');
    expect(headingField('Styringsparametere')).toBe('followUp');
    expect(headingField('Samfunnsøkonomisk analyse')).toBe('businessCase');
    expect(headingField('Mål og succeskriterier')).toBe('followUp');
    expect(headingField('Forretningens formål med projektet')).toBe('description');
    expect(headingField('Nyttokalkyl')).toBe('businessCase');
    expect(headingField('Förändringsunderlag')).toBe('businessCase');
  });
});
