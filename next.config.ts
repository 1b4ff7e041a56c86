import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  // The test suite builds into its own folder so it never disturbs a running `npm start`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "6mb" } },
  serverExternalPackages: ["exceljs", "echarts", "pg", "@prisma/adapter-pg", "bcryptjs", "pdfkit", "svg-to-pdfkit", "@expo-google-fonts/noto-sans-sc"],
  poweredByHeader: false,
  async headers() {
    const headers = securityHeaders({ development: process.env.NODE_ENV === "development", publicUrl: process.env.NEXTAUTH_URL });
    return [{ source: "/:path*", headers }];
  },
};

export default nextConfig;
