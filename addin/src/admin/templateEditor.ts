// The agenda template editor: the tenant's Scriban templates (HTML and text) with the variables beside them, a preview
// as the mentor would receive it (against the sample agenda, or a chosen session where the tenant lets admins read
// notes), errors at their line and column, save, and back to the default.
import { ApiProblem, messageOf } from "../api/problems";
import type { AgendaTemplate, TemplatePreviewRequest } from "../api/types";
import { button, h, replace } from "../ui/dom";
import type { AdminContext } from "./admin";

/** "Line 3, column 20: …" → where, for moving the caret there. */
export function errorPosition(message: string): { line: number; column: number } | undefined {
  const m = /^Line (\d+), column (\d+)/.exec(message);
  return m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
}

/** The offset in the text of a 1-based line and column. */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let i = 1; i < line; i++) {
    const next = text.indexOf("\n", offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + Math.max(0, column - 1));
}

export function templateEditor(ctx: AdminContext): HTMLElement {
  const html = h("textarea", { id: "template-html", rows: 14, "aria-describedby": "template-html-errors" });
  const text = h("textarea", { id: "template-text", rows: 10, "aria-describedby": "template-text-errors" });
  const htmlErrors = h("ul", { class: "errors", id: "template-html-errors" });
  const textErrors = h("ul", { class: "errors", id: "template-text-errors" });
  const state = h("p", { class: "muted" }, "Loading the template…");
  const variables = h("ul", { class: "plain" });
  const session = h("select", { id: "preview-session" }, h("option", { value: "" }, "The sample agenda"));
  const previewHtml = h("iframe", { title: "Preview: the agenda mail as the mentor receives it", sandbox: "" });
  const previewText = h("pre", { class: "preview-text", tabindex: "0", role: "region", "aria-label": "Preview: the plain-text agenda" });

  const showErrors = (problem: unknown) => {
    replace(htmlErrors);
    replace(textErrors);
    if (!(problem instanceof ApiProblem) || Object.keys(problem.fieldErrors).length === 0) {
      ctx.announce(messageOf(problem, "The template was not saved."), "error");
      return;
    }
    for (const [field, area, list] of [["html", html, htmlErrors], ["text", text, textErrors]] as const)
      for (const message of problem.fieldErrors[field] ?? [])
        list.append(h("li", {}, button(message, () => {
          const at = errorPosition(message);
          area.focus();
          if (at) { const o = offsetOf(area.value, at.line, at.column); area.setSelectionRange(o, o + 1); }
        })));
    ctx.announce(problem.title, "error");
  };

  const fill = (t: AgendaTemplate) => {
    html.value = t.html;
    text.value = t.text;
    state.textContent = t.isDefault ? "This is the default template." : "This tenant has its own template.";
    if (t.variables) replace(variables, ...t.variables.map((v) => h("li", {}, `{{ ${v} }}`)));
  };

  const preview = () => {
    replace(htmlErrors);
    replace(textErrors);
    const [relationshipId, sessionId] = session.value.split("/");
    const request: TemplatePreviewRequest = { html: html.value, text: text.value, ...(relationshipId && sessionId ? { relationshipId, sessionId } : {}) };
    void ctx.api.previewAgendaTemplate(request).then((agenda) => {
      previewHtml.srcdoc = agenda.html;
      previewText.textContent = agenda.text;
      ctx.announce("Preview updated.");
    }, showErrors);
  };

  const save = button("Save", () => void ctx.api.saveAgendaTemplate(html.value, text.value).then((t) => {
    fill(t);
    replace(htmlErrors);
    replace(textErrors);
    ctx.announce("Saved: the next agendas use this template.");
  }, showErrors), { class: "primary" });
  const reset = button("Reset to the default", () => void ctx.api.resetAgendaTemplate()
    .then(() => ctx.api.agendaTemplate())
    .then((t) => { fill(t); ctx.announce("Back to the default template."); }, (p: unknown) => ctx.announce(messageOf(p, "Not reset."), "error")));

  void ctx.api.agendaTemplate().then(fill, (p: unknown) => { state.textContent = messageOf(p, "The template could not be read."); });
  // Real sessions to preview against, where this tenant lets program admins read what the two wrote.
  if (ctx.me.adminsReadNotes)
    void ctx.api.adminRelationships({ status: "active", limit: 20 }).then(async (page) => {
      for (const r of page.items) {
        const sessions = await ctx.api.sessions(r.id);
        for (const s of sessions.filter((x) => x.status === "scheduled").slice(0, 3))
          session.append(h("option", { value: `${r.id}/${s.id}` }, `${r.mentee.displayName} with ${r.mentor.displayName}, session ${s.number}`));
      }
    }, () => undefined);

  return h("section", { class: "panel", "aria-labelledby": "tpl-h" },
    h("h2", { id: "tpl-h" }, "Agenda template"),
    h("p", {}, "Agendas are written with Scriban. Every {{ }} output is HTML-escaped in the HTML template; include, import, capture and func are refused."),
    state,
    h("div", { class: "editor" },
      h("div", {},
        h("label", { for: "template-html" }, h("strong", {}, "HTML (the mail and the meeting)")), html, htmlErrors,
        h("label", { for: "template-text" }, h("strong", {}, "Plain text")), text, textErrors,
        h("div", { class: "actions" },
          h("label", { for: "preview-session" }, "Preview against "), session,
          button("Preview", preview), save, reset)),
      h("div", {}, h("h3", { id: "vars-h" }, "Variables"),
        h("div", { class: "vars", tabindex: "0", role: "region", "aria-labelledby": "vars-h" }, variables))),
    h("div", { class: "preview" }, previewHtml, previewText),
    h("p", { class: "muted" }, ctx.me.adminsReadNotes
      ? "Previews against a session show what its mentee and mentor wrote."
      : "Previews use the sample agenda: what mentees and mentors write is private to them in this tenant."));
}
