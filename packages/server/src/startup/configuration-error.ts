/** A setting of the environment is missing or wrong: the server refuses to start and says what to set. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}
