/**
 * The look: a calm official blue with strong contrast (white on brand.8 ≈ 7:1),
 * the system's own fonts (nothing to download, full Vietnamese coverage), and
 * "dimmed" text dark enough to read in sunlight (WCAG AA).
 */
import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

// Shade 8 is the filled colour of every palette (primaryShade): white text on it passes AA for red too.
const brand: MantineColorsTuple = ['#eaf1fb', '#d3e1f5', '#b7cdef', '#8fb0e6', '#6993db', '#4a7dd2', '#3470cb', '#2563c2', '#1d54a8', '#0b3778'];

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';

export const theme = createTheme({
  // People who ask their system for less motion get drawers and modals without animation.
  respectReducedMotion: true,
  primaryColor: 'brand',
  primaryShade: 8,
  colors: { brand },
  fontFamily: FONT,
  headings: { fontFamily: FONT, fontWeight: '700' },
  fontFamilyMonospace: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace',
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    // Text of "light" badges and alerts: shade 9 is not dark enough on shade 1 for teal, orange, yellow, red.
    '--mantine-color-teal-light-color': '#05573f',
    '--mantine-color-orange-light-color': '#a33a08',
    '--mantine-color-yellow-light-color': '#7a4300',
    '--mantine-color-red-light-color': '#a51d1d',
    // Filled green (an approved report's badge): white on shade 8 (#2f9e44) is only 3.4:1.
    '--mantine-color-green-filled': '#237a37',
    '--mantine-color-green-filled-hover': '#1d6a2f',
  },
  dark: {},
});
