/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Content is read from content/ at build time only; nothing is fetched at run time.
  outputFileTracingIncludes: {},
};

export default nextConfig;
