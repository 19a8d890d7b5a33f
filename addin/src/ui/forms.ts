// Form fields wired for assistive technology, and problems shown by the field they concern.
import { ApiProblem, messageOf } from "../api/problems";
import { h, uid } from "./dom";

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** A labelled control with an optional hint and an error line, keyed by the API's field path. */
export function field(label: string, control: Control, path: string, hint?: string): HTMLElement {
  control.id ||= uid("f");
  const errorId = uid("err");
  const hintId = hint ? uid("hint") : undefined;
  control.setAttribute("aria-describedby", [hintId, errorId].filter(Boolean).join(" "));
  return h("div", { class: "field", "data-field": path },
    h("label", { for: control.id }, label),
    hint ? h("p", { class: "hint", id: hintId }, hint) : null,
    control,
    h("p", { class: "error", id: errorId, hidden: true }));
}

/** A fieldset (for radio or checkbox groups) that can carry an error for its path. */
export function fieldset(legend: string, path: string, ...content: (Node | null)[]): HTMLFieldSetElement {
  const errorId = uid("err");
  const set = h("fieldset", { class: "field", "data-field": path, "aria-describedby": errorId }, h("legend", {}, legend));
  for (const node of content) if (node) set.appendChild(node);
  set.appendChild(h("p", { class: "error", id: errorId, hidden: true }));
  return set;
}

/**
 * Shows a problem on a form: each validation message under its field (the field whose path is the
 * longest prefix of the message's path), the rest in the form's summary, and focus on the first field.
 */
export class FormErrors {
  constructor(private readonly form: HTMLElement, private readonly summary: HTMLElement) {}

  clear(): void {
    for (const error of this.form.querySelectorAll<HTMLElement>(".field > .error")) {
      error.textContent = "";
      error.hidden = true;
    }
    for (const control of this.form.querySelectorAll("[aria-invalid]")) control.removeAttribute("aria-invalid");
    this.summary.textContent = "";
    this.summary.hidden = true;
  }

  /** `fieldFor` may place a non-validation problem (a 422 about the mentor) by a field. */
  show(problem: unknown, fieldFor?: (problem: ApiProblem) => string | undefined): void {
    this.clear();
    if (!(problem instanceof ApiProblem)) {
      this.showSummary(messageOf(problem, "Something went wrong. Try again."));
      return;
    }
    const fields = [...this.form.querySelectorAll<HTMLElement>(".field[data-field]")];
    const unplaced: string[] = [];
    let first: HTMLElement | undefined;
    const place = (path: string, messages: readonly string[]) => {
      const target = fields
        .filter((f) => { const p = f.dataset.field!; return path === p || path.startsWith(p + "."); })
        .sort((a, b) => b.dataset.field!.length - a.dataset.field!.length)[0];
      if (!target) { unplaced.push(...messages); return; }
      const error = target.querySelector<HTMLElement>(":scope > .error")!;
      error.textContent = [error.textContent, ...messages].filter(Boolean).join(" ");
      error.hidden = false;
      const control = target.matches("fieldset") ? target : target.querySelector<HTMLElement>("input, select, textarea");
      control?.setAttribute("aria-invalid", "true");
      first ??= target;
    };

    if (problem.isValidation) {
      for (const [path, messages] of Object.entries(problem.fieldErrors)) place(path, messages);
      const count = Object.keys(problem.fieldErrors).length;
      this.showSummary(count === 1 ? "One field needs attention." : `${count} fields need attention.`, unplaced);
    } else {
      const path = fieldFor?.(problem);
      if (path) place(path, [problem.message]);
      else this.showSummary(problem.message);
      if (path && unplaced.length) this.showSummary(problem.message);
    }
    const focusTarget = first?.matches("fieldset") ? first.querySelector<HTMLElement>("input, select, textarea") : first?.querySelector<HTMLElement>("input, select, textarea");
    (focusTarget ?? this.summary).focus();
  }

  private showSummary(message: string, more: string[] = []): void {
    this.summary.textContent = [message, ...more].join(" ");
    this.summary.hidden = false;
  }
}

/** The summary element a FormErrors writes to: announced when it appears. */
export function errorSummary(): HTMLElement {
  return h("div", { class: "error-summary", role: "alert", tabindex: "-1", hidden: true });
}
