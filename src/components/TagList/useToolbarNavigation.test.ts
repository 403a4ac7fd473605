import { nextLink } from './useToolbarNavigation';

describe('nextLink', () => {
  it('moves with the arrow keys and wraps around at both ends', () => {
    expect(nextLink('ArrowRight', 0, 3, false)).toBe(1);
    expect(nextLink('ArrowDown', 2, 3, false)).toBe(0);
    expect(nextLink('ArrowLeft', 0, 3, false)).toBe(2);
    expect(nextLink('ArrowUp', 1, 3, false)).toBe(0);
  });

  it('goes to the first and last link with Home and End, and ignores other keys', () => {
    expect(nextLink('Home', 2, 3, false)).toBe(0);
    expect(nextLink('End', 0, 3, false)).toBe(2);
    expect(nextLink('Enter', 1, 3, false)).toBeUndefined();
  });

  it('follows the reading direction for left and right', () => {
    expect(nextLink('ArrowRight', 1, 3, true)).toBe(0);
    expect(nextLink('ArrowLeft', 1, 3, true)).toBe(2);
    expect(nextLink('ArrowDown', 1, 3, true)).toBe(2);
  });
});
