// Decap CMS's interface texts by language, as its source publishes them (no types); the editor's tests compare ours with them.
type DecapPhrases = { [key: string]: string | DecapPhrases };
declare module "decap-cms-locales/src/en/index.js" {
  const phrases: DecapPhrases;
  export default phrases;
}
declare module "decap-cms-locales/src/ja/index.js" {
  const phrases: DecapPhrases;
  export default phrases;
}
