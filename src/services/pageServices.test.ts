import type { KringServices } from './KringServices';
import { resetPageServices, servicesForPage } from './pageServices';

describe('servicesForPage', () => {
  afterEach(() => resetPageServices());

  it('creates the services once per signed-in user and hands every web part the same instance', () => {
    const create = jest.fn(() => ({}) as KringServices);
    const first = servicesForPage('Anne.deVries@hogeschool.example', create);
    const second = servicesForPage('anne.devries@hogeschool.example', create);
    const other = servicesForPage('daan.bakker@hogeschool.example', create);

    expect(second).toBe(first);
    expect(other).not.toBe(first);
    expect(create).toHaveBeenCalledTimes(2);
  });
});
