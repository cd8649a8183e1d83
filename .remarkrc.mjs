// In-editor checks of content/ front-matter (VS Code: the unifiedjs.vscode-remark
// extension). The schemas are generated from lib/content/schema.ts by `npm run schema`.
import remarkFrontmatter from "remark-frontmatter";
import remarkLintFrontmatterSchema from "remark-lint-frontmatter-schema";

const config = {
  plugins: [
    remarkFrontmatter,
    [
      remarkLintFrontmatterSchema,
      {
        schemas: {
          "schemas/program.schema.json": ["content/programs/*.md"],
          "schemas/need.schema.json": ["content/needs/*.md"],
          "schemas/flow.schema.json": ["content/flow/*.md"],
          "schemas/areas.schema.json": ["content/areas/*.md"],
          "schemas/settings.schema.json": ["content/settings/*.md"],
          "schemas/names.schema.json": ["content/names/*.md"],
        },
      },
    ],
  ],
};

export default config;
