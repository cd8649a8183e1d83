/**
 * Content-Security-Policy for a site that is generated ahead of time and
 * loads nothing from any other origin.
 *
 * script-src is the one trade-off. Every page is static HTML built once and
 * then served as is (from `next start` or any CDN), and Next writes each
 * page's React payload into inline <script> tags whose text differs from page
 * to page. A nonce would need the page rendered per request, which gives up
 * static generation and CDN caching; hashes would have to be known when this
 * file is read, which is before the pages exist. So inline scripts are
 * allowed, but only from our own HTML: nothing from another origin, no eval,
 * no plugins, no <base> rewriting. What would make 'unsafe-inline' dangerous
 * is injected markup, and there is no path for it: pages are rendered from
 * content/ at build time, Markdown is sanitised (lib/markdown/render.tsx),
 * JSON-LD is escaped (components/json-ld), and nothing a visitor sends is
 * ever echoed into HTML by the server.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // Nothing here needs a device feature; saying so stops any future embed from asking.
  // Only features Chromium knows: an unknown name is logged as a console error on every page.
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), browsing-topics=()",
  },
  // Browsers honour this only over HTTPS, so it is harmless on the loopback server.
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  // For browsers that predate frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Lets two builds (e.g. a benchmark and the tests) live side by side.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  reactStrictMode: true,
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // A search index lives in a folder named for its content's hash, so a given URL never changes:
      // browsers and CDNs may keep it for good. The pointer to the current one (search/current.json) stays revalidated.
      {
        source: "/search/:hash([0-9a-f]{8,})/:file*",
        headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }],
      },
    ];
  },
};

export default nextConfig;
