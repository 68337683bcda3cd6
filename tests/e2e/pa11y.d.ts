// pa11y ships no types: the part of its API the gates use (see its README, "JavaScript Interface").
declare module 'pa11y' {
  import type { Browser } from 'puppeteer';

  export interface Pa11yIssue {
    code: string;
    type: 'error' | 'warning' | 'notice';
    message: string;
    selector: string;
    runner: string;
  }
  export interface Pa11yOptions {
    standard?: 'WCAG2A' | 'WCAG2AA' | 'WCAG2AAA';
    runners?: string[];
    /** A browser to open the page in, which pa11y leaves open. */
    browser?: Browser;
    timeout?: number;
  }
  export default function pa11y(
    url: string,
    options?: Pa11yOptions,
  ): Promise<{ pageUrl: string; issues: Pa11yIssue[] }>;
}
