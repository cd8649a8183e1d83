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
  {
    // Links that leave the site go through ExternalLink, which adds rel="noopener noreferrer" and 「（外部サイト）」.
    files: ["app/**", "components/**"],
    ignores: ["components/external-link/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...[
          "JSXOpeningElement[name.name='a'] > JSXAttribute[name.name='href'] > Literal[value=/^(https?:)?\\/\\//i]",
          "JSXOpeningElement[name.name='a'] > JSXAttribute[name.name='href'] TemplateLiteral > TemplateElement:first-child[value.raw=/^(https?:)?\\/\\//i]",
          "JSXOpeningElement[name.name='a'] > JSXAttribute[name.name='rel']",
        ].map((selector) => ({ selector, message: "外部へのリンクは @/components/external-link の ExternalLink を使ってください（rel と「（外部サイト）」が付きます）。" })),
      ],
    },
  },
  globalIgnores([".next/**", "**/.next/**", ".next-*/**", "out/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "public/search/**", "public/admin/**", "scratch/**"]),
]);
