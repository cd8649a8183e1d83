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
const directives = {
  "default-src": "'self'",
  "script-src": "'self' 'unsafe-inline'",
  "style-src": "'self'",
  "img-src": "'self'",
  "font-src": "'self'",
  "connect-src": "'self'",
  "manifest-src": "'self'",
  "worker-src": "'self'",
  "frame-src": "'none'",
  "object-src": "'none'",
  "base-uri": "'none'",
  "form-action": "'self'",
  "frame-ancestors": "'none'",
};
const policy = (d) => Object.entries(d).map(([name, value]) => `${name} ${value}`).join("; ");
const contentSecurityPolicy = policy(directives);

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

/**
 * /admin (the staff's form editor, Decap CMS: lib/cms/, public/admin/) needs a
 * looser policy than the public pages, so it gets its own, on its paths only.
 * Each addition is what Chromium reports Decap needs (tests/e2e/cms.spec.ts
 * fails on any other violation):
 * - script-src 'unsafe-eval': Decap validates its configuration with ajv, which
 *   compiles the schema with `new Function`; without it /admin shows nothing.
 *   No inline script is allowed: the page's only scripts are our files.
 * - style-src 'unsafe-inline': Decap's components inject <style> elements (emotion).
 * - connect-src https://api.github.com: the GitHub backend (reading files,
 *   branches, pull requests); http://127.0.0.1:* the local backend
 *   (decap-server) staff and tests run on their own computer — Decap talks to it
 *   only when /admin itself is opened on localhost or 127.0.0.1.
 * - img-src https://avatars.githubusercontent.com data: the signed-in editor's
 *   avatar and Decap's inline icons.
 * - Cross-Origin-Opener-Policy same-origin-allow-popups: signing in with GitHub
 *   happens in a popup that reports back to this window; `same-origin` would cut it off.
 * - X-Robots-Tag: the editor is never indexed (also a robots meta in its HTML).
 * Public pages keep the policy above and load nothing of the CMS.
 */
const adminContentSecurityPolicy = policy({
  ...directives,
  "script-src": "'self' 'unsafe-eval'",
  "style-src": "'self' 'unsafe-inline'",
  "img-src": "'self' data: https://avatars.githubusercontent.com",
  "connect-src": "'self' https://api.github.com http://127.0.0.1:*",
});

const adminHeaders = [
  { key: "Content-Security-Policy", value: adminContentSecurityPolicy },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin-allow-popups" },
  { key: "X-Robots-Tag", value: "noindex, nofollow" },
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
      // Last, so that these replace the site-wide values above for the editor only.
      { source: "/admin/:path*", headers: adminHeaders },
    ];
  },
  // public/admin/index.html answers at /admin (Next serves public/ files only by their full name).
  async rewrites() {
    return [{ source: "/admin", destination: "/admin/index.html" }];
  },
};

export default nextConfig;
