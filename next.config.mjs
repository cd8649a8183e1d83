/**
 * Response headers are not set here. proxy.ts sends them, from
 * lib/site/security-headers.ts, with each page's own Content-Security-Policy
 * (the hashes of its inline scripts, known only once the build has run), and
 * scripts/export.ts writes the same headers into the nginx configuration.
 */

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Lets two builds (e.g. a benchmark and the tests) live side by side.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  reactStrictMode: true,
  // Next would answer /about/ with its 308 before proxy.ts runs, so without the headers; proxy.ts redirects instead.
  skipTrailingSlashRedirect: true,
  // public/admin/index.html answers at /admin (Next serves public/ files only by their full name).
  async rewrites() {
    return [{ source: "/admin", destination: "/admin/index.html" }];
  },
};

export default nextConfig;
