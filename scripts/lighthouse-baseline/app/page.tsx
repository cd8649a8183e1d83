export default function BaselinePage() {
  return (
    <main>
      <h1>比較用の最小ページ</h1>
      <p>このページには、フレームワークが出力するもの以外に何もありません。</p>
    </main>
  );
}
