import '@testing-library/jest-dom';

// jsdom lays nothing out, so Fluent's popups (combobox, dropdown, tooltip, popover) gain nothing from floating-ui's
// position computation, which reads the computed style of every ancestor on each update and dominates the time of
// component tests. Popups still open, close and take focus as in a browser.
jest.mock('@floating-ui/dom', () => ({
  ...jest.requireActual('@floating-ui/dom'),
  computePosition: () =>
    Promise.resolve({ x: 0, y: 0, placement: 'bottom-start', strategy: 'absolute', middlewareData: {} })
}));
