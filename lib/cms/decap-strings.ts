/**
 * English that Decap CMS's bundle carries outside its phrases, so that
 * `CMS.registerLocale` cannot reach it: the texts of react-select, the choice
 * lists of every select field (what a screen reader announces as options are
 * focused, picked and removed; the 「No options」 a filter that matches nothing
 * shows; each picked value's remove button, 「Remove 月」). scripts/build-admin.ts
 * writes them in Japanese into the copy of decap-cms.js that /admin serves.
 *
 * Each replacement is a piece of the published bundle (decap-cms 3.16.3,
 * react-select 5) taken as it is; the build fails when a piece is not found
 * exactly as often as stated, so an upgrade that moves them is noticed, not
 * shipped half in English.
 *
 * Not here: dnd-kit's instructions and announcements for reordering a list
 * by dragging. Lists are not reordered by dragging in this form
 * (`allow_reorder: false`, lib/cms/config.ts: the handle cannot be used from a
 * keyboard), so those texts sit in a hidden element nothing refers to.
 */
export type Replacement = { from: string; to: string; count: number };

export const DECAP_STRINGS: readonly Replacement[] = [
  // react-select's guidance, read when a choice list or its input gets focus.
  {
    from: '"Use Up and Down to choose options, press Enter to select the currently focused option, press Escape to exit the menu".concat(r?", press Tab to select the option and exit the menu":"",".")',
    to: '"上下の矢印キーで候補を選び、Enter キーで決めます。Esc キーで一覧を閉じます".concat(r?"。Tab キーでも決めて一覧を閉じます":"","。")',
    count: 1,
  },
  {
    from: '"".concat(e["aria-label"]||"Select"," is focused ").concat(t?",type to refine list":"",", press Down to open the menu, ").concat(n?" press left to focus selected values":"")',
    to: '"".concat(t?"文字を入力すると候補を絞り込めます。":"","下の矢印キーで候補の一覧を開きます。").concat(n?"左の矢印キーで、選んだものに移ります。":"")',
    count: 1,
  },
  {
    from: '"Use left and right to toggle between focused values, press Backspace to remove the currently focused value"',
    to: '"左右の矢印キーで選んだものの間を移り、Backspace キーでそれを外します"',
    count: 1,
  },
  // What was picked or removed.
  { from: '"option ".concat(r,", deselected.")', to: '"".concat(r," を外しました。")', count: 1 },
  { from: '"All selected options have been cleared."', to: '"選んだものをすべて外しました。"', count: 1 },
  { from: '"option".concat(i.length>1?"s":""," ").concat(i.join(","),", selected.")', to: '"".concat(i.join("、")," を選んでいます。")', count: 1 },
  { from: '"option ".concat(r,o?" is disabled. Select another option.":", selected.")', to: '"".concat(r,o?" は選べません。ほかを選んでください。":" を選びました。")', count: 1 },
  // Where the focus is.
  { from: '"".concat(e.indexOf(t)+1," of ").concat(e.length)', to: '"".concat(e.length," 件中 ").concat(e.indexOf(t)+1," 件目")', count: 1 },
  { from: '"value ".concat(o," focused, ").concat(c(a,n),".")', to: '"選んだもの ".concat(o,"、").concat(c(a,n),"。")', count: 1 },
  { from: 'd=s?" disabled":"",p="".concat(l?" selected":"").concat(d)', to: 'd=s?"（選べません）":"",p="".concat(l?"（選択中）":"").concat(d)', count: 1 },
  { from: '"".concat(o).concat(p,", ").concat(c(r,n),".")', to: '"".concat(o).concat(p,"、").concat(c(r,n),"。")', count: 1 },
  // How many candidates a filter leaves.
  { from: '"".concat(n).concat(t?" for search term "+t:"",".")', to: '"".concat(t?"「"+t+"」で ":"").concat(n,"。")', count: 1 },
  { from: 'return"".concat(t," result").concat(1!==t?"s":""," available")', to: 'return"候補 ".concat(t," 件")', count: 1 },
  // Shown in the list itself.
  { from: '"No options"', to: '"当てはまるものがありません"', count: 2 },
  { from: 'n=void 0===t?"Loading...":t', to: 'n=void 0===t?"読み込んでいます…":t', count: 1 },
  { from: 'loadingMessage:function(){return"Loading..."}', to: 'loadingMessage:function(){return"読み込んでいます…"}', count: 1 },
  { from: 'placeholder:"Select..."', to: 'placeholder:"選んでください"', count: 1 },
  // The button that removes a picked value: 「月 を外す」.
  { from: '"aria-label":"Remove ".concat(t||"option")', to: '"aria-label":"".concat(t||"この項目"," を外す")', count: 1 },
  // The bar under a notice that shows how long it stays (react-toastify).
  { from: '"aria-label":"notification timer"', to: '"aria-label":"お知らせが消えるまでの時間"', count: 1 },
];

/** The bundle's files with every replacement made; throws when a piece is not found as often as stated. */
export function withJapaneseStrings(files: ReadonlyMap<string, string>, replacements: readonly Replacement[] = DECAP_STRINGS): Map<string, string> {
  const out = new Map(files);
  for (const r of replacements) {
    let found = 0;
    for (const [name, text] of out) {
      const parts = text.split(r.from);
      if (parts.length === 1) continue;
      found += parts.length - 1;
      out.set(name, parts.join(r.to));
    }
    if (found !== r.count) throw new Error(`decap-cms の英語の文 ${JSON.stringify(r.from.slice(0, 60))} が ${r.count} か所のはずが ${found} か所でした。decap-cms を更新したときは lib/cms/decap-strings.ts を合わせてください`);
  }
  return out;
}
