import { hoursText, OFFICE_WEEK, type HoursFields } from "../../content/hours";
import { HOURS_WIDGET, SAVE_CHECK_WIDGET } from "./constants";
import { withoutEmpty } from "./front-matter-format";

/**
 * Decap's object widget, wrapped twice over:
 * - an optional object left empty (a desk's confirmation record, its hours)
 *   is not checked at all, so the fields it requires can be required in the
 *   form (no 「(任意)」 on them) and still nothing stops a save while the
 *   object itself is left out; once anything in it is filled in, Decap checks
 *   its fields as usual;
 * - a desk's hours (HOURS_WIDGET) show, beside their fields, the sentence the
 *   site will show (「火・木 10:00～16:00（祝日・年末年始は休業）」), made as
 *   staff type by the code that makes it for the pages (lib/content/hours.ts).
 * Written with what decap-cms.js puts on the page for widgets of this kind:
 * `window.createClass` and `window.h` (React's createClass and createElement).
 */

type Props = Record<string, unknown> & { field: { get(key: string): unknown }; value?: { toJS?(): unknown } };
type Instance = { props: Props; inner?: { validate?(): void; focus?(path: string): void } };
type Widget = { control: unknown; preview: unknown; schema?: unknown };
type Cms = { getWidget(name: string): Widget | undefined; registerWidget(name: string, control: unknown, preview?: unknown, schema?: unknown): void };
type CheckProps = { forID: string; getEntry(): unknown };

declare global {
  interface Window {
    h?: (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;
    createClass?: (spec: Record<string, unknown>) => unknown;
  }
}

export function registerObjectWidgets(cms: Cms): void {
  const object = cms.getWidget("object");
  const { h, createClass } = window;
  if (!object || !h || !createClass) throw new Error("decap-cms.js did not provide the object widget, window.h or window.createClass");
  const wrapped = (beside?: (value: unknown) => unknown) =>
    createClass({
      displayName: beside ? "HoursControl" : "OptionalObjectControl",
      // As Decap's own object control: every change reaches the fields inside.
      shouldComponentUpdate: () => true,
      validate(this: Instance) {
        if (this.props.field.get("required") === false && withoutEmpty(this.props.value?.toJS?.() ?? this.props.value) === undefined) return;
        this.inner?.validate?.();
      },
      focus(this: Instance, path: string) {
        this.inner?.focus?.(path);
      },
      render(this: Instance) {
        const { ref: _ref, ...props } = this.props;
        void _ref;
        const control = h(object.control, { ...props, ref: (r: Instance["inner"]) => (this.inner = r ?? undefined) });
        return beside ? h("div", null, control, beside(this.props.value?.toJS?.() ?? this.props.value)) : control;
      },
    });
  cms.registerWidget("object", wrapped(), object.preview, object.schema);
  const sentence = (value: unknown) => {
    const [lead, text] = hoursSentence(value);
    return h("p", { className: "aomori-hours-sentence", "aria-live": "polite" }, lead, h("strong", null, text));
  };
  cms.registerWidget(HOURS_WIDGET, wrapped(sentence), object.preview, object.schema);
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The sentence the site will show for what is filled in now, or what is still missing for one. */
export function hoursSentence(value: unknown): [string, string] {
  const filled = withoutEmpty(value);
  if (filled === undefined) return ["ページに出る受付時間: ", "なし（書かないときは、ページに受付時間は出ません）"];
  const h = filled as Partial<Record<keyof HoursFields, unknown>>;
  const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : undefined);
  const open = typeof h.open === "string" && HHMM.test(h.open) ? h.open : undefined;
  const close = typeof h.close === "string" && HHMM.test(h.close) ? h.close : undefined;
  if (!open || !close) return ["ページに出る受付時間: ", "受付開始と受付終了の時刻を選ぶと、ここに表示されます"];
  if (close <= open) return ["ページに出る受付時間: ", "受付終了の時刻を、受付開始の時刻より後にしてください"];
  const days = list(h.days)?.filter((d): d is HoursFields["days"] & string => (OFFICE_WEEK as readonly string[]).includes(d)) as HoursFields["days"];
  const text = hoursText({
    open,
    close,
    ...(days?.length ? { days } : {}),
    ...(list(h.closedOn)?.length ? { closedOn: list(h.closedOn) as HoursFields["closedOn"] } : {}),
    ...(list(h.otherClosures)?.length ? { otherClosures: list(h.otherClosures) } : {}),
    ...(typeof h.note === "string" ? { note: h.note } : {}),
  });
  return ["ページに出る受付時間: ", text];
}

/**
 * The last field of every form, 「保存の前の確認」: it holds nothing, and when
 * 保存 is pressed Decap asks it, with every other field, whether the page may
 * be saved; it checks the whole file (`check`, admin/main.ts) and answers
 * with a message when not. Refusing here, among Decap's own checks, rather
 * than in its preSave event keeps Decap from taking the refused save for a
 * draft (it then offers to discard a draft that does not exist).
 */
export function registerSaveCheckWidget(cms: Cms, check: (entry: unknown) => string | undefined): void {
  const { h, createClass } = window;
  if (!h || !createClass) throw new Error("decap-cms.js did not provide window.h or window.createClass");
  const control = createClass({
    displayName: "SaveCheckControl",
    // Decap asks every required field for a value; this one stands for the whole page.
    getValidateValue: () => "page",
    isValid(this: { props: CheckProps }) {
      const message = check(this.props.getEntry());
      return message ? { error: { type: "CUSTOM", message } } : true;
    },
    render(this: { props: CheckProps }) {
      return h(
        "output",
        { id: this.props.forID, className: "aomori-save-check" },
        "「保存」を押すと、このページ全体を、公開前の自動の検査と同じ決まりで確かめます。直すところがあれば、その欄と画面の下に示します。",
      );
    },
  });
  cms.registerWidget(SAVE_CHECK_WIDGET, control, () => null);
}
