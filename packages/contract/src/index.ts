export * from './catalogue.js';
export * from './locales.js';
export * from './localized.js';
export * from './remote-props.js';
export * from './service.js';
export * from './shared.js';
