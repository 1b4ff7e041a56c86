/**
 * The inputs API in one import: what staff enter (report-inputs.ts), how a cell is addressed
 * (cell-address.ts), which cells may be filled (input-placement.ts), and reading and writing
 * cells (input-cells.ts).
 */
export * from "./report-inputs";
export * from "./cell-address";
export * from "./input-placement";
export * from "./input-cells";
