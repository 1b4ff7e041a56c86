import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  // The test suite builds into its own folder so it never disturbs a running `npm start`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "6mb" } },
  serverExternalPackages: ["exceljs", "echarts", "pg", "@prisma/adapter-pg", "bcryptjs", "pdfkit", "svg-to-pdfkit", "@expo-google-fonts/noto-sans-sc"],
  poweredByHeader: false,
  // Behind a reverse proxy or load balancer that compresses (docs/operations.md), COMPRESS=0 leaves
  // it to the proxy, which does it in native code.
  compress: process.env.COMPRESS !== "0",
  async headers() {
    const headers = securityHeaders({ development: process.env.NODE_ENV === "development", publicUrl: process.env.NEXTAUTH_URL });
    return [{ source: "/:path*", headers }];
  },
};

export default nextConfig;
