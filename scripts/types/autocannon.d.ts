// The part of autocannon 9's API the load test uses; the package ships no types.
declare module "autocannon" {
  type Histogram = { average: number; mean: number; total: number; p50: number; p99: number; max: number };
  export type Result = {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    latency: Histogram;
    requests: Histogram;
    throughput: Histogram;
  };
  export type Options = { url: string; connections?: number; duration?: number; pipelining?: number; headers?: Record<string, string> };
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
