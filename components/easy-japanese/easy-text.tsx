/** A text in やさしい日本語 as content writes it, one sentence a line: a paragraph each. */
export function EasyText({ text, className = "" }: { text: string; className?: string }) {
  return (
    <div className={className}>
      {text
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line, i) => (
          <p key={i} className={i ? "mt-1 mb-0" : "m-0"}>
            {line}
          </p>
        ))}
    </div>
  );
}
