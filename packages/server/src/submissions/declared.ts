import type { ServiceMetadata, SubmissionTypeDeclaration } from '@czp/contract';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { PublishError } from '../catalogue/publishing/errors.js';
import { Refusal } from '../http/refusal.js';

/** Characters of one declared schema as JSON: a form's schema, not a data model. */
const MAX_SCHEMA_LENGTH = 100_000;

/**
 * A fresh compiler for each schema: an issuer's `$id` never clashes with another's, and nothing a schema adds stays.
 * Strict mode refuses unknown keywords and formats (a misspelt "requird" would otherwise accept anything); references
 * are resolved inside the schema only (no loadSchema: the portal never fetches a schema from elsewhere).
 */
function compiler(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: false, validateFormats: true });
  addFormats(ajv);
  return ajv;
}

/** Compiles a declared schema, or says what is wrong with it. */
export function compileSchema(schema: Record<string, unknown>): ValidateFunction | string {
  if (JSON.stringify(schema).length > MAX_SCHEMA_LENGTH) {
    return `is longer than ${MAX_SCHEMA_LENGTH} characters of JSON`;
  }
  if (schema.type !== 'object') {
    return 'must describe an object: the form data is one JSON object ("type": "object")';
  }
  try {
    return compiler().compile(schema);
  } catch (error) {
    return `is not a valid JSON Schema (draft 2020-12): ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** The first problem of the declared submission types (field and message), or null when every schema compiles. */
export function declaredSubmissionsProblem(metadata: Pick<ServiceMetadata, 'submissions'>): {
  field: string;
  message: string;
} | null {
  for (const [index, declaration] of (metadata.submissions ?? []).entries()) {
    const compiled = compileSchema(declaration.schema);
    if (typeof compiled === 'string') {
      return {
        field: `submissions.${index}.schema`,
        message: `submissions.${index}.schema (${declaration.id}) ${compiled}`,
      };
    }
  }
  return null;
}

/**
 * The publishing gate's check of `submissions` (call it where czp.service.json has been parsed): refuses the version
 * with the field of the schema that does not compile, e.g. `submissions.0.schema`.
 */
export function checkDeclaredSubmissions(metadata: Pick<ServiceMetadata, 'submissions'>, file: string): void {
  const problem = declaredSubmissionsProblem(metadata);
  if (problem) {
    throw new PublishError('invalid-metadata', `${file} is not valid: ${problem.message}`, {
      file,
      field: problem.field,
    });
  }
}

/** Compiled validators by service, version and type: a version's metadata never changes once published. */
const cache = new Map<string, ValidateFunction>();
const CACHE_SIZE = 500;

/** The validator of a type of a published version (compiled at publishing, so compiling again succeeds). */
export function validatorOf(
  serviceId: string,
  version: string,
  declaration: SubmissionTypeDeclaration,
): ValidateFunction {
  const key = `${serviceId}@${version}#${declaration.id}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const compiled = compileSchema(declaration.schema);
  if (typeof compiled === 'string') {
    // Published before the portal checked schemas: no data can be accepted against it until the issuer fixes it.
    throw new Refusal(
      503,
      'submission-type-unusable',
      `The form “${declaration.name.en}” of ${serviceId} cannot be checked: its schema ${compiled}. Its issuer must publish a corrected version.`,
      'type',
    );
  }
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, compiled);
  return compiled;
}

/** JSON Pointer escaping of one property name (RFC 6901). */
const escapePointer = (name: string) => name.replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * The first error of a validation as the API names it: the JSON Pointer of the value (`/dog/name`, `/` for the whole
 * form) and a sentence that says what is wrong there.
 */
export function describeError(error: ErrorObject): { field: string; message: string } {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required' && typeof params.missingProperty === 'string') {
    const field = `${error.instancePath}/${escapePointer(params.missingProperty)}`;
    return { field, message: `${field} is required` };
  }
  if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    const field = `${error.instancePath}/${escapePointer(params.additionalProperty)}`;
    return { field, message: `${field} is not a field of this form` };
  }
  const field = error.instancePath || '/';
  return { field, message: `${field} ${error.message ?? 'is not valid'}` };
}
