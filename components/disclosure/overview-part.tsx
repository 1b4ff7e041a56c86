import { disclosureParts, membersIntro } from "@/lib/disclosure/parts";
import type { DisclosureModel } from "@/lib/disclosure/model";
import { chineseOrdinal } from "@/lib/narrative/numerals";

type OverviewModel = Pick<DisclosureModel, "overview" | "year" | "unit" | "level" | "members">;

/** 第一部分 单位概况 (a department's 部门概况) as published: numbered duties, the 机构设置 text, a department's units. */
export function OverviewPart({ model, showTitle = true }: { model: OverviewModel; showTitle?: boolean }) {
  const { overview } = model;
  const parts = disclosureParts(model);
  return (
    <section aria-labelledby="part-overview" data-testid="part-overview" className="font-serif leading-8">
      {showTitle ? (
        <h2 id="part-overview" className="mb-6 text-center text-2xl font-semibold">{parts.overview}</h2>
      ) : (
        <h2 id="part-overview" className="sr-only">{parts.overview.replace(/^第一部分 /, "")}</h2>
      )}
      <h3 className="mb-2 text-lg font-semibold">{parts.duties}</h3>
      {overview.duties.length > 0 ? (
        <ol className="mb-6 space-y-1 indent-8" data-testid="duties">
          {overview.duties.map((duty, i) => (
            <li key={i}>（{chineseOrdinal(i + 1)}）{duty}</li>
          ))}
        </ol>
      ) : (
        <p className="mb-6 text-slate-500">（尚未填写）</p>
      )}
      <h3 className="mb-2 text-lg font-semibold">{parts.organization}</h3>
      {overview.organization ? (
        overview.organization.split("\n").map((p, i) => (
          <p key={i} className="indent-8">{p}</p>
        ))
      ) : (
        <p className="text-slate-500">（尚未填写）</p>
      )}
      {parts.members && (
        <div data-testid="member-units">
          <h3 className="mt-6 mb-2 text-lg font-semibold">{parts.members}</h3>
          <p className="indent-8">{membersIntro(model)}</p>
          <ol className="indent-8">
            {(model.members ?? []).map((m, i) => (
              <li key={i}>{`${i + 1}. ${m.name}${m.merged ? "（预算不单列，并入本级）" : ""}`}</li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
