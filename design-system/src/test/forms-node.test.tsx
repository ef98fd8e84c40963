// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CheckboxField, ErrorSummary, RadioGroup, SelectField, TextArea, TextField } from '../forms.js';

describe('form components in Node', () => {
  it('render with renderToString (no window, no document)', () => {
    expect(typeof document).toBe('undefined');
    const html = renderToString(
      <>
        <ErrorSummary title="Chyby" errors={[{ fieldId: 'x', text: 'Chyba' }]} />
        <TextField id="x" label="Obec" error="Chyba" />
        <TextArea label="Zpráva" />
        <SelectField label="Kraj" options={[{ value: 'v', label: 'Vysočina' }]} />
        <CheckboxField label="Souhlas" />
        <RadioGroup legend="Oblast" options={[{ value: 'a', label: 'Vše' }]} />
      </>,
    );
    expect(html).toContain('aria-describedby="x-error"');
    expect(html).toContain('href="#x"');
    expect(html).toContain('role="radiogroup"');
  });
});
