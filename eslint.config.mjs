import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    // Links go through InternalLink, which turns off prefetching (see components/internal-link).
    files: ["app/**", "components/**"],
    ignores: ["components/internal-link/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: "@/components/internal-link の InternalLink を使ってください。" }] }],
    },
  },
  globalIgnores([".next/**", "**/.next/**", ".next-*/**", "out/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "public/search/**", "public/admin/**", "scratch/**"]),
]);
