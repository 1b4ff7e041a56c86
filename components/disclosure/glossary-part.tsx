import type { GlossaryEntry } from "@/lib/glossary";

/** 第四部分 名词解释: the fixed terms, then one entry per function subject the report uses. */
export function GlossaryPart({ entries }: { entries: readonly GlossaryEntry[] }) {
  return (
    <section aria-labelledby="part-glossary" data-testid="part-glossary" className="font-serif leading-8">
      <h2 id="part-glossary" className="mb-6 text-center text-2xl font-semibold">第四部分 名词解释</h2>
      <ol className="space-y-1">
        {entries.map((e) => (
          <li key={e.ordinal} className="indent-8" data-code={e.code ?? undefined}>{e.text}</li>
        ))}
      </ol>
    </section>
  );
}
