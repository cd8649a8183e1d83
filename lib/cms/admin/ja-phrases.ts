/**
 * Decap's Japanese translation leaves these interface texts in English
 * (「Add 担当窓口」); staff see only Japanese. Merged over Decap's own `ja`.
 */
export const JA_PHRASES_MISSING = {
  auth: { loginWithForgejo: "Forgejo でログインする" },
  collection: {
    collectionTop: { viewAsList: "一覧で表示", viewAsGrid: "タイルで表示" },
    entries: { unpublishedHeader: "公開前の変更" },
  },
  editor: {
    // Decap passes the widget's key (string, select…), which means nothing to staff; the field's own label is announced anyway.
    editorControl: { field: { widgetLabel: "入力欄" } },
    editorInterface: { toggleNotes: "メモの表示・非表示" },
    editorNotesPane: {
      title: "メモ",
      emptyState: "メモはまだありません。",
      addNote: "メモを追加",
      addPlaceholder: "メモを書く...",
      editPlaceholder: "メモを直す...",
      save: "保存",
      cancel: "やめる",
      edit: "直す",
      delete: "削除",
      resolve: "解決済みにする",
      unresolve: "未解決に戻す",
      confirmDelete: "このメモを削除しますか？",
      shortcut: "Ctrl+Enter でも追加できます",
    },
    editorWidgets: {
      markdown: { strikethrough: "取り消し線", toggleMode: { rich: "書式付きで編集", markdown: "Markdown で編集" } },
      // Decap fills %{fieldLabel} with the field's key (open, date), not its label, so the name is left out.
      datetime: { setToNow: "今日（今の時刻）を入れる" },
      list: { add: "%{item}を追加", addType: "%{item}を追加" },
      object: { expand: "開く", collapse: "閉じる" },
    },
  },
  mediaLibrary: { mediaLibraryModal: { close: "閉じる" } },
  ui: {
    settingsDropdown: { account: "アカウントのメニュー" },
    toast: {
      noteAdded: "メモを追加しました",
      onFailToAddNote: "メモを追加できませんでした: %{details}",
      noteUpdated: "メモを更新しました",
      onFailToUpdateNote: "メモを更新できませんでした: %{details}",
      noteDeleted: "メモを削除しました",
      onFailToDeleteNote: "メモを削除できませんでした: %{details}",
      noteResolved: "メモを解決済みにしました",
      noteReopened: "メモを未解決に戻しました",
      onFailToToggleNote: "メモの状態を変えられませんでした: %{details}",
    },
  },
};

/**
 * Decap's own Japanese that reads wrong here: 「現時刻」 on a date picker
 * (the button sets today's date there, the time on a time picker), and
 * 「制度のエントリを作成中」 on the link back to the list, shown while editing too.
 */
export const JA_PHRASES_REPLACED = {
  editor: {
    editorWidgets: { datetime: { now: "今日（今の時刻）" } },
    editorToolbar: { backCollection: "%{collectionLabel}の一覧へ戻る" },
  },
};

type Phrases = { [key: string]: string | Phrases };

/** Decap's Japanese, completed and corrected: what /admin registers as `ja`. */
export function withJapanesePhrases(base: Phrases | undefined): Phrases {
  return merged(withMissingPhrases(base), JA_PHRASES_REPLACED, false);
}

/** Decap's phrases with the missing ones filled in; Decap's own translation wins where it has one. */
export function withMissingPhrases(base: Phrases | undefined, extra: Phrases = JA_PHRASES_MISSING): Phrases {
  return merged(base ?? {}, extra, true);
}

function merged(base: Phrases, extra: Phrases, baseWins: boolean): Phrases {
  const out: Phrases = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const have = out[key];
    if (typeof value === "string") out[key] = baseWins && typeof have === "string" ? have : value;
    else out[key] = merged(typeof have === "object" ? have : {}, value, baseWins);
  }
  return out;
}
