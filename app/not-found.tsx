import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg px-6 py-24 text-center">
      <p className="text-5xl font-semibold text-slate-400">404</p>
      <h1 className="mt-4 text-xl font-semibold">页面不存在或无权查看</h1>
      <p className="mt-2 text-sm text-slate-600">请检查地址是否正确，或从首页重新进入。</p>
      <Link href="/" className="mt-6 inline-block text-brand-700 underline">
        返回首页
      </Link>
    </main>
  );
}
