import { aboutMeText } from './aboutMeText';

describe('aboutMeText', () => {
  it('keeps plain text as typed', () => {
    expect(aboutMeText('I teach a < b and 3 > 2.')).toBe('I teach a < b and 3 > 2.');
  });

  it('reduces profile HTML to its text without running anything', () => {
    const text = aboutMeText('<p>Hello <b>world</b></p><p>Second<br>line</p><img src=x onerror="window.__pwned=1">');
    expect(text).toBe('Hello world\nSecond\nline');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
