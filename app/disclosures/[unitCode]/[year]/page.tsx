import { PublicPage, publicPageMetadata, type PublicPageParams } from "@/components/disclosure/public-page";

// Rendered on first request, then served from Next's cache for a minute (docs/decisions/011-public-site.md).
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const generateMetadata = ({ params }: { params: PublicPageParams }) => publicPageMetadata(params);

/** One unit's disclosure for one year: the current version, or with [version] the one named. */
export default function Page({ params }: { params: PublicPageParams }) {
  return <PublicPage params={params} />;
}
