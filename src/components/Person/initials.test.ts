import { initials } from './initials';

describe('initials', () => {
  it.each([
    ['Pieter van den Berg', 'PB'],
    ['Fatima el Amrani', 'FA'],
    ['Anne de Vries', 'AV'],
    ['Daan Bakker', 'DB'],
    ['Madonna', 'M'],
    ['jan', 'J'],
    ['Émile Zola', 'ÉZ']
  ])('%s → %s', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });
});
