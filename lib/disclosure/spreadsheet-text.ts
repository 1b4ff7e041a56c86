import { formatScaled, PLAIN_NUMBER_STYLE } from "../money";

/**
 * Text a spreadsheet would run: a cell that begins with = + - @, a tab or a carriage return is
 * read by Excel, WPS and LibreOffice as a formula (or split into one) when a CSV is opened. Such
 * text gets a leading apostrophe — the guard OWASP recommends; it shows, and nothing runs.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeSpreadsheetText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** "4299.91" from hundredths of 万元, as open data writes an amount. */
export function plainAmount(hundredths: string): string {
  return formatScaled(BigInt(hundredths), 2, PLAIN_NUMBER_STYLE);
}
