/** Stylesheets imported for their side effect (Storybook's preview, the tokens page). */
declare module '*.css';
