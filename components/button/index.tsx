import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "outline";

const BASE = "inline-flex items-center justify-center rounded-md font-bold no-underline";
const VARIANTS: Record<Variant, string> = {
  primary: "bg-brand text-white hover:bg-brand-dark hover:text-white",
  outline: "border-2 border-brand bg-white text-brand hover:bg-brand-soft",
};
const SIZES = { normal: "min-h-11 px-4", large: "min-h-12 px-5" };

/**
 * The site's two button looks, for buttons and for links that act as one
 * (「電話帳へ」, 「担当窓口の電話番号へ」): both at least 44 px tall.
 */
export function buttonClass(variant: Variant, { size = "normal", className = "" }: { size?: keyof typeof SIZES; className?: string } = {}): string {
  return `${BASE} ${SIZES[size]} ${VARIANTS[variant]} ${className}`.trim();
}

export function Button({
  variant,
  size,
  className,
  type = "button",
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant: Variant; size?: keyof typeof SIZES }) {
  return <button type={type} className={buttonClass(variant, { size, className })} {...rest} />;
}
