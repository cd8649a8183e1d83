import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PageSection } from ".";

describe("PageSection", () => {
  it("is a section named by its own h2", () => {
    const html = renderToStaticMarkup(
      <PageSection id="contacts" title="担当窓口">
        <p>本文</p>
      </PageSection>,
    );
    expect(html).toBe('<section aria-labelledby="contacts" class="mt-8"><h2 id="contacts" class="text-xl font-bold">担当窓口</h2><p>本文</p></section>');
  });
});
