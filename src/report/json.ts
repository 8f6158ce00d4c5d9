/** The portfolio report as JSON: the model itself, for dashboards and other tools. */
import type { Portfolio } from './portfolio.js';

export function jsonReport(portfolio: Portfolio): string {
  return `${JSON.stringify(portfolio, null, 2)}\n`;
}
