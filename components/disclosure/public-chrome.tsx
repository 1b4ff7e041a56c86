import type { ReactNode } from "react";

/**
 * The public site's frame: skip link, header with its two sections, footer. Plain links and no
 * client components: every public page is a static document (lib/public-pages.ts).
 */
export function PublicChrome({ children }: { children: ReactNode }) {
  return (
    <div className="public-site min-h-screen bg-white text-base text-slate-900">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-800">跳到正文</a>
      <header className="no-print border-b border-slate-200 bg-brand-800 text-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <a href="/disclosures" className="text-lg font-semibold tracking-wide">决算公开</a>
          <nav aria-label="公开平台导航" className="flex gap-4 text-sm">
            <a href="/disclosures" className="underline-offset-4 hover:underline">公开目录</a>
            <a href="/open-data" className="underline-offset-4 hover:underline">开放数据</a>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">{children}</main>
      <footer className="no-print border-t border-slate-200 py-6 text-center text-sm text-slate-700">
        本平台公开的决算均经财政审核通过、单位保密审查和主要负责人审签；已公开的版本不会修改，更正以新版本公开。
      </footer>
    </div>
  );
}
