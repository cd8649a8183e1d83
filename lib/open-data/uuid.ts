import { createHash } from "node:crypto";

/** RFC 4122's namespace for names that are URLs (and our own names that look like them). */
export const URL_NAMESPACE = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";

/**
 * RFC 4122 name-based (SHA-1, version 5) UUID: the same name in the same
 * namespace gives the same id in every build, so ids made from slugs and
 * names stay put while the content does.
 */
export function uuidV5(name: string, namespace: string = URL_NAMESPACE): string {
  const bytes = createHash("sha1").update(Buffer.from(namespace.replace(/-/g, ""), "hex")).update(name).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
