/**
 * Every text of Decap CMS's interface in the words of the staff who edit
 * this site (docs/editing.md): a file is a page (制度のページ, 困りごとのページ),
 * saving opens a draft that a reviewer checks before it is published, and
 * nothing talks about entries, collections, backends or config.yml. Merged
 * over Decap's own Japanese (`CMS.getLocale("ja")`), which it replaces key by
 * key, and complete for every key of Decap's English, so no English falls
 * through (tests/unit/cms-phrases.test.ts). Texts Decap does not take from
 * its phrases (the drag-and-drop and choice-list screen-reader texts) are
 * screen-reader-texts.ts.
 */

/** What Decap calls the container of every field (aria-label); the form's code finds fields by it (form-dom.ts). */
export const FIELD_CONTAINER_LABEL = "入力欄";

/** The toolbar's check for a deploy preview, which this site never has: hidden where it appears (screen-reader-texts.ts). */
export const PREVIEW_CHECK_LABEL = "プレビューの確認";

/** Decap's phrase for a collapsed object's button: the form's code opens such objects by it. */
export const EXPAND_LABEL = "開く";

export const STAFF_PHRASES = {
  auth: {
    login: "ログイン",
    loggingIn: "ログインしています…",
    loginWithNetlifyIdentity: "Netlify Identity でログインする",
    loginWithAzure: "Azure でログインする",
    loginWithBitbucket: "Bitbucket でログインする",
    loginWithGitHub: "GitHub でログインする",
    loginWithGitLab: "GitLab でログインする",
    loginWithGitea: "Gitea でログインする",
    loginWithForgejo: "Forgejo でログインする",
    errors: {
      email: "メールアドレスを入力してください。",
      password: "パスワードを入力してください。",
      identitySettings: "ログインの設定を読み込めませんでした。サイトを管理する担当者に連絡してください。",
    },
  },
  app: {
    header: {
      content: "掲載内容",
      workflow: "公開前の変更",
      media: "画像など",
      quickAdd: "新しく作る",
    },
    app: {
      errorHeader: "編集画面の設定を読み込めませんでした",
      configErrors: "設定の誤り",
      checkConfigYml: "サイトを管理する担当者に、編集画面の設定を確かめるよう依頼してください。",
      loadingConfig: "編集画面を準備しています…",
      waitingBackend: "保存先の応答を待っています…",
    },
    notFoundPage: { header: "このページはありません" },
  },
  collection: {
    sidebar: {
      collections: "掲載内容の種類",
      allCollections: "すべての種類",
      searchAll: "すべての種類から探す",
      searchIn: "探す範囲",
    },
    collectionTop: {
      sortBy: "並べ替え",
      viewAs: "表示のしかた",
      viewAsList: "一覧で表示",
      viewAsGrid: "タイルで表示",
      newButton: "＋ %{collectionLabel}を新しく作る",
      newButtonAriaLabel: "%{collectionLabel}のページを新しく作る",
      ascending: "昇順",
      descending: "降順",
      searchResults: "「%{searchTerm}」を探した結果",
      searchResultsInCollection: "%{collection}から「%{searchTerm}」を探した結果",
      filterBy: "絞り込み",
      groupBy: "まとめ方",
    },
    entries: {
      loadingEntries: "ページを読み込んでいます…",
      cachingEntries: "ページを読み込んでいます…",
      longerLoading: "数分かかることがあります",
      noEntries: "ページがありません",
      unpublishedHeader: "公開前の変更",
    },
    groups: { other: "その他", negateLabel: "%{label}以外" },
    defaultFields: { author: { label: "作った人" }, updatedOn: { label: "更新日" } },
  },
  editor: {
    editorControl: { field: { optional: "任意", widgetLabel: FIELD_CONTAINER_LABEL } },
    editorControlPane: {
      widget: {
        required: "「%{fieldLabel}」を入力してください。",
        regexPattern: "「%{fieldLabel}」の書き方が違います。%{pattern}",
        processing: "「%{fieldLabel}」を確かめています。",
        range: "「%{fieldLabel}」は %{minValue} から %{maxValue} までにしてください。",
        min: "「%{fieldLabel}」は %{minValue} 以上にしてください。",
        max: "「%{fieldLabel}」は %{maxValue} 以下にしてください。",
        rangeCount: "「%{fieldLabel}」は %{minCount} 件から %{maxCount} 件にしてください。",
        rangeCountExact: "「%{fieldLabel}」はちょうど %{count} 件にしてください。",
        rangeMin: "「%{fieldLabel}」を %{minCount} 件以上入力してください。",
        rangeMax: "「%{fieldLabel}」は %{maxCount} 件までにしてください。",
        invalidPath: "「%{path}」はファイルの場所として使えません。",
        pathExists: "「%{path}」は既にあります。",
      },
      i18n: {
        writingInLocale: "%{locale} で書いています",
        copyFromLocale: "ほかの言語から写す",
        copyFromLocaleConfirm: "%{locale} の内容を写しますか？\n今の内容はすべて置き換わります。",
      },
    },
    editor: {
      onLeavePage: "保存していない変更があります。このページを離れますか？",
      onUpdatingWithUnsavedChanges: "保存していない変更があります。状態を変える前に「保存」を押してください。",
      onPublishingNotReady: "公開する前に、状態を「公開待ち」にしてください。",
      onPublishingWithUnsavedChanges: "保存していない変更があります。公開する前に「保存」を押してください。",
      onPublishing: "この変更をサイトに公開しますか？",
      onUnpublishing: "このページをサイトから取り下げますか？",
      onDeleteWithUnsavedChanges: "保存していない変更も消えます。公開中のこのページを削除しますか？",
      onDeletePublishedEntry: "公開中のこのページを削除しますか？",
      onDeleteUnpublishedChangesWithUnsavedChanges:
        "保存していない変更があります。それも含めて、この下書きを取り消しますか？公開中のページはそのまま残ります。",
      onDeleteUnpublishedChanges: "この下書き（保存した、まだ公開していない変更）を取り消しますか？公開中のページはそのまま残ります。",
      loadingEntry: "ページを読み込んでいます…",
      confirmLoadBackup: "このページには、前に入力して保存していない内容が残っています。その内容から続けますか？",
    },
    editorInterface: {
      toggleI18n: "言語を切り替える",
      togglePreview: "プレビューの表示・非表示",
      toggleScrollSync: "スクロールを合わせる",
      toggleNotes: "メモの表示・非表示",
    },
    editorNotesPane: {
      title: "メモ",
      emptyState: "メモはまだありません。",
      addNote: "メモを追加",
      addPlaceholder: "メモを書く…",
      editPlaceholder: "メモを直す…",
      save: "保存",
      cancel: "やめる",
      edit: "直す",
      delete: "削除",
      resolve: "解決済みにする",
      unresolve: "未解決に戻す",
      confirmDelete: "このメモを削除しますか？",
      shortcut: "Ctrl+Enter でも追加できます",
    },
    editorToolbar: {
      publishing: "公開しています…",
      publish: "公開",
      published: "公開中",
      unpublish: "取り下げ",
      duplicate: "複製",
      unpublishing: "取り下げています…",
      publishAndCreateNew: "公開して、新しく作る",
      publishAndDuplicate: "公開して、複製する",
      deleteUnpublishedChanges: "この下書きを取り消す",
      deleteUnpublishedEntry: "この下書きを取り消す",
      deletePublishedEntry: "公開中のページを削除",
      deleteEntry: "ページを削除",
      saving: "保存しています…",
      save: "保存",
      statusInfoTooltipDraft: "この変更は下書きです。直し終えたら状態を「確認待ち」にして、確認する人に知らせます。",
      statusInfoTooltipInReview: "この変更は確認を待っています。確認中も続けて直せます。",
      deleting: "取り消しています…",
      updating: "状態を変えています…",
      status: "状態: %{status}",
      backCollection: "%{collectionLabel}の一覧へ戻る",
      unsavedChanges: "保存していない変更あり",
      changesSaved: "保存済み",
      draft: "下書き",
      inReview: "確認待ち",
      ready: "公開待ち",
      publishNow: "今すぐ公開",
      deployPreviewPendingButtonLabel: PREVIEW_CHECK_LABEL,
      deployPreviewButtonLabel: "公開前の表示を見る",
      deployButtonLabel: "サイトで見る",
    },
    editorWidgets: {
      markdown: {
        bold: "太字",
        italic: "斜体",
        strikethrough: "取り消し線",
        code: "コード",
        link: "リンク",
        linkPrompt: "リンク先の URL を入力してください",
        headings: "見出し",
        quote: "引用",
        bulletedList: "箇条書き",
        numberedList: "番号付きの箇条書き",
        addComponent: "部品を追加",
        richText: "書式付き",
        markdown: "Markdown",
        toggleMode: { rich: "書式付きで編集", markdown: "Markdown で編集" },
      },
      image: {
        choose: "画像を選ぶ",
        chooseMultiple: "画像を選ぶ",
        chooseUrl: "URL で指定する",
        replaceUrl: "URL で置き換える",
        promptUrl: "画像の URL を入力してください",
        chooseDifferent: "ほかの画像を選ぶ",
        addMore: "画像を追加",
        remove: "画像を外す",
        removeAll: "画像をすべて外す",
      },
      file: {
        choose: "ファイルを選ぶ",
        chooseUrl: "URL で指定する",
        chooseMultiple: "ファイルを選ぶ",
        replaceUrl: "URL で置き換える",
        promptUrl: "ファイルの URL を入力してください",
        chooseDifferent: "ほかのファイルを選ぶ",
        addMore: "ファイルを追加",
        remove: "ファイルを外す",
        removeAll: "ファイルをすべて外す",
      },
      unknownControl: { noControl: "「%{widget}」の入力欄を表示できません。" },
      unknownPreview: { noPreview: "「%{widget}」は表示できません。" },
      headingOptions: {
        headingOne: "見出し 1",
        headingTwo: "見出し 2",
        headingThree: "見出し 3",
        headingFour: "見出し 4",
        headingFive: "見出し 5",
        headingSix: "見出し 6",
      },
      // Decap fills %{fieldLabel} with the field's key (open, date), not its label, so the name is left out.
      datetime: { now: "今日（今の時刻）", clear: "消す", setToNow: "今日（今の時刻）を入れる" },
      list: { add: "%{item}を追加", addType: "%{item}を追加" },
      object: { expand: EXPAND_LABEL, collapse: "閉じる" },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: { draft: "下書き", copy: "写す", copyUrl: "URL を写す", copyPath: "場所を写す", copyName: "名前を写す", copied: "写しました" },
    mediaLibrary: {
      onDelete: "選んだファイルを削除しますか？",
      fileTooLarge: "ファイルが大きすぎます。\n%{size} kB までにしてください。",
    },
    mediaLibraryModal: {
      loading: "読み込んでいます…",
      close: "閉じる",
      noResults: "見つかりません。",
      noAssetsFound: "ファイルはありません。",
      noImagesFound: "画像はありません。",
      private: "非公開 ",
      images: "画像",
      mediaAssets: "ファイル",
      search: "探す…",
      uploading: "送っています…",
      upload: "送る",
      download: "受け取る",
      deleting: "削除しています…",
      deleteSelected: "選んだものを削除",
      chooseSelected: "選んだものを使う",
    },
  },
  ui: {
    default: { goBackToSite: "サイトへ戻る" },
    errorBoundary: {
      title: "問題が起きました",
      details: "編集画面で問題が起きました。",
      reportIt: "サイトを管理する担当者に連絡してください。",
      detailsHeading: "詳しい内容",
      privacyWarning: "下の内容を担当者に伝えてください。個人の情報が含まれていたら、その部分は消してから伝えてください。",
      recoveredEntry: {
        heading: "入力していた内容",
        warning: "このページを離れる前に、この内容を写しておいてください。",
        copyButtonLabel: "写す",
      },
    },
    settingsDropdown: { logOut: "ログアウト", account: "アカウントのメニュー" },
    toast: {
      onFailToLoadEntries: "ページを読み込めませんでした。%{details}",
      onFailToLoadDeployPreview: "公開前の表示を読み込めませんでした。%{details}",
      onFailToPersist: "保存できませんでした。%{details}",
      onFailToDelete: "削除できませんでした。%{details}",
      onFailToUpdateStatus: "状態を変えられませんでした。%{details}",
      missingRequiredField: "入力されていない欄があります。画面の下の「保存できなかった理由」を見てください。",
      entrySaved: "保存しました。",
      entryPublished: "公開しました。",
      entryUnpublished: "取り下げました。",
      onFailToPublishEntry: "公開できませんでした。%{details}",
      onFailToUnpublishEntry: "取り下げられませんでした。%{details}",
      entryUpdated: "状態を変えました。",
      onDeleteUnpublishedChanges: "下書きを取り消しました。",
      noteAdded: "メモを追加しました",
      onFailToAddNote: "メモを追加できませんでした。%{details}",
      noteUpdated: "メモを更新しました",
      onFailToUpdateNote: "メモを更新できませんでした。%{details}",
      noteDeleted: "メモを削除しました",
      onFailToDeleteNote: "メモを削除できませんでした。%{details}",
      noteResolved: "メモを解決済みにしました",
      noteReopened: "メモを未解決に戻しました",
      onFailToToggleNote: "メモの状態を変えられませんでした。%{details}",
      onFailToAuth: "%{details}",
      onLoggedOut: "ログアウトしました。入力した内容を写しておき、もう一度ログインしてください",
      onBackendDown: "保存先が止まっています。%{details}",
    },
  },
  workflow: {
    workflow: {
      loading: "公開前の変更を読み込んでいます…",
      workflowHeading: "公開前の変更",
      newPost: "新しく作る",
      description: "確認待ち %{smart_count} 件、公開待ち %{readyCount} 件",
      dateFormat: "M月D日",
    },
    workflowCard: {
      lastChange: "更新: %{date}（%{author}）",
      lastChangeNoAuthor: "更新: %{date}",
      lastChangeNoDate: "更新した人: %{author}",
      deleteChanges: "下書きを取り消す",
      deleteNewEntry: "下書きを取り消す",
      publishChanges: "変更を公開",
      publishNewEntry: "ページを公開",
    },
    workflowList: {
      onDeleteEntry: "この下書きを取り消しますか？公開中のページはそのまま残ります。",
      onPublishingNotReadyEntry: "公開できるのは「公開待ち」の変更だけです。カードを「公開待ち」の列に動かしてください。",
      onPublishEntry: "この変更をサイトに公開しますか？",
      draftHeader: "下書き",
      inReviewHeader: "確認待ち",
      readyHeader: "公開待ち",
      currentEntries: "%{smart_count} 件",
    },
  },
};

type Phrases = { [key: string]: string | Phrases };

/** What /admin registers as `ja`: Decap's own Japanese, every text replaced by the staff's words above. */
export function withStaffPhrases(base: Phrases | undefined, ours: Phrases = STAFF_PHRASES): Phrases {
  const out: Phrases = { ...(base ?? {}) };
  for (const [key, value] of Object.entries(ours)) {
    const have = out[key];
    out[key] = typeof value === "string" ? value : withStaffPhrases(typeof have === "object" ? have : {}, value);
  }
  return out;
}
