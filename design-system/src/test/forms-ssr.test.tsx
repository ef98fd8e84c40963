import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { CheckboxField, ErrorSummary, RadioGroup, SelectField, TextArea, TextField } from '../forms.js';

/** Every form component in a form, with hints and errors (generated ids, so hydration checks them). */
function Form() {
  return (
    <form noValidate>
      <ErrorSummary title="Formulář obsahuje chyby" errors={[{ fieldId: 'dogs', text: 'Zadejte celé číslo' }]} />
      <TextField label="Obec" hint="Trvalý pobyt" required />
      <TextField id="dogs" label="Počet psů" error="Zadejte celé číslo" width="s" defaultValue="1,5" />
      <TextArea label="Zpráva" hint="Nejvýše 500 znaků" />
      <SelectField label="Kraj" placeholder="Všechny kraje" options={[{ value: 'v', label: 'Vysočina' }]} />
      <CheckboxField label="Jsem důchodce" hint="Sleva" />
      <RadioGroup legend="Oblast" options={[{ value: 'a', label: 'Vše' }]} defaultValue="a" error="Vyberte" />
    </form>
  );
}

describe('form components on the server', () => {
  it('hydrate the server HTML without mismatches', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Form />);
    expect(container.querySelectorAll('[aria-describedby]').length).toBeGreaterThan(4);
    document.body.appendChild(container);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const recoverable: unknown[] = [];
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, <Form />, { onRecoverableError: (e) => recoverable.push(e) });
    });
    expect(recoverable).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    act(() => root?.unmount());
    container.remove();
  });
});
