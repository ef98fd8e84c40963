import { describe, expect, it } from 'vitest';
import { PublishError } from '../catalogue/publishing/errors.js';
import { checkDeclaredSubmissions, compileSchema, declaredSubmissionsProblem, describeError } from './declared.js';

const type = (id: string, schema: Record<string, unknown>) => ({ id, name: { cs: id, en: id }, schema });

describe('declared submission schemas', () => {
  it('compiles a draft 2020-12 schema of an object with formats', () => {
    const validate = compileSchema({
      type: 'object',
      required: ['born'],
      properties: {
        born: { type: 'string', format: 'date' },
        tags: { type: 'array', items: { type: 'string' } },
      },
    });
    expect(typeof validate).toBe('function');
    if (typeof validate === 'string') return;
    expect(validate({ born: '2020-02-30' })).toBe(false);
    expect(validate({ born: '2020-02-28' })).toBe(true);
  });

  it('says what is wrong with a schema that does not compile', () => {
    expect(compileSchema({ type: 'string' })).toMatch(/must describe an object/);
    expect(compileSchema({ type: 'object', properties: { a: { type: 'strin' } } })).toMatch(/not a valid JSON Schema/);
    expect(compileSchema({ type: 'object', requird: ['a'] })).toMatch(/unknown keyword: "requird"/);
    expect(compileSchema({ type: 'object', properties: { a: { $ref: 'https://example.com/a.json' } } })).toMatch(
      /can't resolve reference/,
    );
    expect(compileSchema({ type: 'object', properties: { a: { type: 'string', format: 'rodne-cislo' } } })).toMatch(
      /unknown format "rodne-cislo"/,
    );
  });

  it('refuses the version naming the field of the first schema that does not compile', () => {
    const metadata = {
      submissions: [type('dobre', { type: 'object' }), type('spatne', { type: 'object', minimum: 'x' })],
    };
    expect(declaredSubmissionsProblem(metadata)).toMatchObject({ field: 'submissions.1.schema' });
    expect(declaredSubmissionsProblem({})).toBeNull();
    let thrown: unknown;
    try {
      checkDeclaredSubmissions(metadata, 'remotes/telc/czp.service.json');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PublishError);
    expect(thrown).toMatchObject({ code: 'invalid-metadata', field: 'submissions.1.schema' });
    expect((thrown as Error).message).toMatch(
      /^remotes\/telc\/czp\.service\.json is not valid: submissions\.1\.schema \(spatne\)/,
    );
  });

  it('names the value of an error by JSON pointer', () => {
    expect(
      describeError({
        keyword: 'required',
        instancePath: '/owner',
        params: { missingProperty: 'a/b' },
        schemaPath: '',
      }),
    ).toEqual({ field: '/owner/a~1b', message: '/owner/a~1b is required' });
    expect(
      describeError({
        keyword: 'type',
        instancePath: '',
        params: { type: 'object' },
        schemaPath: '',
        message: 'must be object',
      }),
    ).toEqual({ field: '/', message: '/ must be object' });
  });
});
