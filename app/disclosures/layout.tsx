import type { ReactNode } from "react";
import { PublicChrome } from "@/components/disclosure/public-chrome";

/** The public site: no sign-in and no session read anywhere below this layout. */
export default function PublicLayout({ children }: { children: ReactNode }) {
  return <PublicChrome>{children}</PublicChrome>;
}
