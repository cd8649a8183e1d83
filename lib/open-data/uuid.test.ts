import { describe, expect, it } from "vitest";
import { uuidV5 } from "./uuid";

describe("uuidV5", () => {
  it("gives RFC 4122's own example for www.example.com in the DNS namespace, and version 5 ids", () => {
    // RFC 4122 errata / Python's uuid.uuid5(NAMESPACE_DNS, "www.example.com")
    expect(uuidV5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
    expect(uuidV5("service:yorozu")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidV5("a")).not.toBe(uuidV5("b"));
    expect(uuidV5("a", uuidV5("x"))).not.toBe(uuidV5("a"));
  });
});
