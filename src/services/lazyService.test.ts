import { lazyService } from './lazyService';

interface Greeter {
  readonly language: string;
  greet(name: string): Promise<string>;
}

describe('lazyService', () => {
  it('loads the implementation on the first call only, and answers plain properties without loading it', async () => {
    const load = jest.fn(async (): Promise<Greeter> => ({ language: 'nl', greet: async (name) => `Hoi ${name}` }));
    const greeter = lazyService(load, { language: 'nl' });
    expect(greeter.language).toBe('nl');
    expect(load).not.toHaveBeenCalled();
    await expect(greeter.greet('Anne')).resolves.toBe('Hoi Anne');
    await expect(greeter.greet('Daan')).resolves.toBe('Hoi Daan');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('is not a thenable, and a failed load fails the call', async () => {
    const greeter = lazyService<Greeter>(() => Promise.reject(new Error('chunk failed')));
    expect((greeter as unknown as { then?: unknown }).then).toBeUndefined();
    await expect(greeter.greet('Anne')).rejects.toThrow('chunk failed');
  });
});
