import { tabForKey } from './tabKeys';

describe('tabForKey', () => {
  it('goes right to the next tab and left to the previous one, wrapping around', () => {
    expect(tabForKey('ArrowRight', 0, 3, false)).toBe(1);
    expect(tabForKey('ArrowRight', 2, 3, false)).toBe(0);
    expect(tabForKey('ArrowLeft', 0, 3, false)).toBe(2);
    expect(tabForKey('ArrowLeft', 2, 3, false)).toBe(1);
  });

  it('follows the reading direction in right-to-left text', () => {
    expect(tabForKey('ArrowRight', 1, 3, true)).toBe(0);
    expect(tabForKey('ArrowLeft', 1, 3, true)).toBe(2);
  });

  it('goes to the first and last tab with Home and End, and ignores other keys', () => {
    expect(tabForKey('Home', 2, 3, false)).toBe(0);
    expect(tabForKey('End', 0, 3, false)).toBe(2);
    expect(tabForKey('ArrowDown', 0, 3, false)).toBeUndefined();
    expect(tabForKey('Enter', 0, 3, false)).toBeUndefined();
    expect(tabForKey('ArrowRight', 0, 0, false)).toBeUndefined();
  });
});
