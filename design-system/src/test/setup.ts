import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path d="M0 0h16v16H0z"/></svg>';

// jsdom cannot navigate: stop link clicks that reach the window (after the components' own handlers ran).
// Only links: preventing every click would also undo checkbox and radio clicks.
const stopNavigation = (event: Event) => {
  if (event.target instanceof Element && event.target.closest('a[href]')) event.preventDefault();
};

// GovIcon fetches /assets/icons/<type>/<name>.svg (served by the API server in the portal).
beforeEach(() => {
  if (typeof window !== 'undefined') window.addEventListener('click', stopNavigation);
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(SVG, { status: 200, headers: { 'content-type': 'image/svg+xml' } })),
  );
});

afterEach(() => {
  cleanup();
  if (typeof window !== 'undefined') window.removeEventListener('click', stopNavigation);
  vi.unstubAllGlobals();
});
