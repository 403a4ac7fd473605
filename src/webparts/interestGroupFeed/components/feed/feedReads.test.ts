import { threadsPerChannel } from './feedReads';

describe('threadsPerChannel', () => {
  it('fills the first screen from few groups and keeps pages small for many', () => {
    expect(threadsPerChannel(1)).toBe(15);
    expect(threadsPerChannel(2)).toBe(10);
    expect(threadsPerChannel(3)).toBe(10);
    expect(threadsPerChannel(20)).toBe(10);
    expect(threadsPerChannel(0)).toBe(15);
  });
});
