export * from './catalogue.js';
export * from './levels.js';
export * from './locales.js';
export * from './localized.js';
export * from './remote-props.js';
export * from './service.js';
export * from './session.js';
export * from './shared.js';
