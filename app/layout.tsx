import type { Metadata } from "next";
import type { ReactNode } from "react";
import { HydrationMarker } from "@/components/hydration-marker";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "单位决算公开管理系统", template: "%s · 单位决算公开管理系统" },
  description: "单位决算填报、审核与公开",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        {children}
        <HydrationMarker />
      </body>
    </html>
  );
}
