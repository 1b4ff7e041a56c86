"use client";
/**
 * How the entry grid shows amounts: in 元 as typed, or in 万元 as the published tables print them
 * (rounded half up to two decimals). Entry is always in 元, so in 万元 the input cells only show.
 */
import { createContext, useContext } from "react";
import { formatWan, formatYuan, parseYuan, type Fen } from "@/lib/money";

export type AmountUnit = "yuan" | "wan";

export const AmountUnitContext = createContext<AmountUnit>("yuan");

export const useAmountUnit = () => useContext(AmountUnitContext);

/** A derived amount as the unit shows it; blank for none or zero. */
export function amountText(fen: Fen | null | undefined, unit: AmountUnit): string {
  if (!fen) return "";
  return unit === "wan" ? formatWan(fen) : formatYuan(fen);
}

/** What an input cell shows: the text as typed in 元, or — in 万元 — its amount, when it is one. */
export function inputText(text: string, unit: AmountUnit): string {
  if (unit === "yuan") return text;
  const parsed = parseYuan(text, { allowNegative: true });
  return parsed.ok ? amountText(parsed.fen, unit) : text;
}
