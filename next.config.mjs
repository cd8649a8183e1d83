/**
 * Response headers are not set here. proxy.ts sends them, from
 * lib/site/security-headers.ts, with each page's own Content-Security-Policy
 * (the hashes of its inline scripts, known only once the build has run), and
 * scripts/export.ts writes the same headers into the nginx configuration.
 */

/**
 * The site's configuration (lib/site/config.ts reads it; README, Configuration).
 * Listed here so that Next writes the same values into the browser's code as
 * into the server's: a page never hydrates with a different address. Unset
 * ones are left out, so nothing is invented for them.
 */
const SITE_SETTINGS = ["SITE_URL", "ISSUES_URL", "CORRECTIONS_EMAIL"];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Types are checked by `npm run build`'s postbuild (tsc --noEmit, over the route types this
  // build generated), after the bundler has let go of its memory: run inside next build, the
  // checker's ~0.6 GB came on top of the bundler's ~0.85 GB (npm run bench:build).
  typescript: { ignoreBuildErrors: true },
  // Two pages at a time in the static worker, not eight: rendering is CPU work on one thread, so
  // more at once saves no time, and at 2,100 programs eight large listing pages (the finder's,
  // 11–13 MB of HTML each) held more than 0.5 GB between them (npm run bench:build).
  // Pages are rendered in a worker thread of the build, not a child process: Next removes the heap
  // ceiling (.npmrc's node-options) from a child's options, and without one the renderer grew to
  // 1.1 GB at 2,100 programs, whose content holds about 55 MB; a thread keeps the process's ceiling.
  experimental: { staticGenerationMaxConcurrency: 2, workerThreads: true },
  // Lets two builds (e.g. a benchmark and the tests) live side by side.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  reactStrictMode: true,
  env: Object.fromEntries(SITE_SETTINGS.filter((k) => process.env[k]?.trim()).map((k) => [k, process.env[k].trim()])),
  // Next would answer /about/ with its 308 before proxy.ts runs, so without the headers; proxy.ts redirects instead.
  skipTrailingSlashRedirect: true,
  // public/admin/index.html answers at /admin (Next serves public/ files only by their full name).
  async rewrites() {
    return [{ source: "/admin", destination: "/admin/index.html" }];
  },
};

export default nextConfig;
