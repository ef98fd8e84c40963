import { createTestHost, TestRemote } from '@czp/remote-sdk/testing';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TelcPortal } from './app.js';
import { LIFE_SITUATIONS } from './life-situations.js';

afterEach(cleanup);

describe('Telč life situations', () => {
  it('filters the list by the area radio group', () => {
    const host = createTestHost({ serviceId: 'telc', locale: 'cs', person: null });
    render(
      <TestRemote host={host}>
        <TelcPortal />
      </TestRemote>,
    );
    const group = screen.getByRole('radiogroup', { name: 'Oblast' });
    expect(screen.getByRole('radio', { name: 'Vše' })).toHaveProperty('checked', true);
    expect(screen.getByRole('status').textContent).toBe(`Počet situací: ${LIFE_SITUATIONS.length}`);
    fireEvent.click(screen.getByRole('radio', { name: 'Podnikání' }));
    expect(screen.getByRole('radio', { name: 'Podnikání' })).toHaveProperty('checked', true);
    const business = LIFE_SITUATIONS.filter((s) => s.area === 'business').length;
    expect(screen.getByRole('status').textContent).toBe(`Počet situací: ${business}`);
    expect(group.querySelectorAll('input[name="telc-area"]').length).toBe(3);
  });
});
