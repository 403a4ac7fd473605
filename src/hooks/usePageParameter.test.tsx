import { act } from '@testing-library/react';
import { renderHookResult } from '../../test/support/hookHarness';
import { usePageParameter } from './usePageParameter';

describe('usePageParameter', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('reads the parameter from the address', () => {
    window.history.replaceState(null, '', '/sites/kring/SitePages/Home.aspx?person=daan%40hogeschool.example');
    const hook = renderHookResult(() => usePageParameter('person'), undefined);
    expect(hook.current()[0]).toBe('daan@hogeschool.example');
  });

  it('puts a new value in the address as a new history entry, keeping the other parameters', () => {
    window.history.replaceState({ router: 1 }, '', '/page.aspx?env=Embedded#top');
    const length = window.history.length;
    const hook = renderHookResult(() => usePageParameter('person'), undefined);

    act(() => hook.current()[1]('sanne@hogeschool.example'));

    expect(hook.current()[0]).toBe('sanne@hogeschool.example');
    expect(window.location.pathname + window.location.search).toBe(
      '/page.aspx?env=Embedded&person=sanne%40hogeschool.example'
    );
    expect(window.history.length).toBe(length + 1);
    expect(window.history.state).toEqual({ router: 1 });
  });

  it('follows Back and Forward', () => {
    window.history.replaceState(null, '', '/?person=a%40x');
    const hook = renderHookResult(() => usePageParameter('person'), undefined);

    act(() => {
      window.history.replaceState(null, '', '/?person=b%40x');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(hook.current()[0]).toBe('b@x');
  });
});
