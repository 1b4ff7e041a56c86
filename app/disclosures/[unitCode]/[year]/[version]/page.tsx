// One published version ("v1", "v2"…), drawn like the current one: earlier versions stay readable
// at their own address. Segment config is read from each page file itself, so it is repeated here.
export const revalidate = 60;
export const dynamicParams = true;
export { default, generateMetadata, generateStaticParams } from "../page";
