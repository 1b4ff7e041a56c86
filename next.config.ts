import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The test suite builds into its own folder so it never disturbs a running `npm start`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "6mb" } },
  serverExternalPackages: ["exceljs", "echarts", "pg", "@prisma/adapter-pg", "bcryptjs"],
  poweredByHeader: false,
};

export default nextConfig;
