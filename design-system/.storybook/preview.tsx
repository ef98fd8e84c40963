import type { Decorator, Preview } from '@storybook/react-vite';
import { useEffect } from 'react';
import '../src/styles/index.css';

/**
 * Two toolbar switches for every story: the locale (Czech by default, English) and the theme
 * (light, high contrast). Components take all their text through props: a story gives its
 * English text as `parameters.locale.en` (partial args merged over the Czech ones).
 */
type Locale = 'cs' | 'en';
type Theme = 'light' | 'high-contrast';

interface LocaleParameters {
  en?: Record<string, unknown>;
}

const withLocaleAndTheme: Decorator = (Story, context) => {
  const locale: Locale = context.globals.locale === 'en' ? 'en' : 'cs';
  const theme: Theme = context.globals.theme === 'high-contrast' ? 'high-contrast' : 'light';
  useEffect(() => {
    const html = document.documentElement;
    html.lang = locale;
    html.dataset.theme = 'light';
    html.dataset.czpTheme = theme;
  }, [locale, theme]);
  const english = (context.parameters.locale as LocaleParameters | undefined)?.en;
  if (locale === 'en' && english) return Story({ args: { ...context.args, ...english } });
  return Story();
};

const preview: Preview = {
  decorators: [withLocaleAndTheme],
  globalTypes: {
    locale: {
      description: 'Language of the texts',
      toolbar: {
        title: 'Jazyk / Language',
        icon: 'globe',
        items: [
          { value: 'cs', title: 'Čeština' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'high-contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'cs', theme: 'light' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, matchers: { date: /(At|Date)$/ } },
    // WCAG 2.1 AA in the accessibility panel; a violation fails the story's test.
    a11y: { test: 'error', options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } },
  },
  tags: ['autodocs'],
};

export default preview;
