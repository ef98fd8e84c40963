import type { ParsedOptions } from '../command.js';
import { UsageError } from '../errors.js';
import { ANSWER_FIELDS, type AnswerField, type NewServiceAnswers, problemOf } from './fields.js';

/** The questions on a terminal. */
export interface Prompter {
  /** Asks one question and resolves the line typed (without its end of line). */
  ask(question: string): Promise<string>;
  /** Says why an answer was not taken. */
  say(line: string): void;
}

/** How many times a terminal user may give an invalid answer before czp new gives up on the field. */
const ATTEMPTS = 3;

function given(field: AnswerField, id: string | undefined, options: ParsedOptions): string | undefined {
  const value = field.option === null ? id : options[field.option];
  return typeof value === 'string' ? value : undefined;
}

function flagOf(field: AnswerField): string {
  return field.option === null ? '<id>' : `--${field.option}`;
}

/**
 * The answers from the command line, and, when a prompter is given (a terminal without --yes), from questions for what is
 * missing. A value given on the command line is never asked again; its problems are found by the check of the whole
 * metadata afterwards. Without `ask`, a missing required value is a usage error naming every one of them.
 */
export async function collectAnswers(
  id: string | undefined,
  options: ParsedOptions,
  prompter: Prompter | null,
): Promise<NewServiceAnswers> {
  const answers: Partial<NewServiceAnswers> = {};
  const missing: AnswerField[] = [];
  for (const field of ANSWER_FIELDS) {
    const value = given(field, id, options);
    if (value !== undefined) answers[field.name] = value;
    else if (prompter) answers[field.name] = await askFor(field, prompter);
    else if (field.fallback !== undefined) answers[field.name] = field.fallback;
    else missing.push(field);
  }
  if (missing.length > 0) {
    throw new UsageError(
      `missing ${missing.map(flagOf).join(', ')}: czp new asks for them on a terminal; with --yes or without a terminal, pass them as options`,
      'new',
    );
  }
  return answers as NewServiceAnswers;
}

async function askFor(field: AnswerField, prompter: Prompter): Promise<string> {
  const suffix = field.fallback === undefined ? '' : ` [${field.fallback}]`;
  for (let attempt = 1; ; attempt += 1) {
    const typed = (await prompter.ask(`${field.question}${suffix}: `)).trim();
    const value = typed === '' && field.fallback !== undefined ? field.fallback : typed;
    const problem = problemOf(field, value);
    if (problem === null) return value;
    if (attempt >= ATTEMPTS) throw new UsageError(`${flagOf(field)}: ${problem}`, 'new');
    prompter.say(`  ${problem}`);
  }
}
