// Builds the DOM from elements and text nodes only: no HTML strings ever reach innerHTML.

export type Child = Node | string | number | null | undefined | false;

type Handler = (event: Event) => void;
export type Props = {
  class?: string;
  text?: string;
  [key: `on${string}`]: Handler | undefined;
  [key: `aria-${string}`]: string | undefined;
  [key: `data-${string}`]: string | undefined;
} & Record<string, unknown>;

let nextId = 0;

/** A unique id for label/description wiring. */
export function uid(prefix = "ms"): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/** `h("button", { type: "button", onclick }, "Save")`: an element with properties, attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") el.className = String(value);
    else if (key === "text") el.textContent = String(value);
    else if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value as Handler);
    else if (key.startsWith("aria-") || key.startsWith("data-") || key === "role" || key === "for" || key === "tabindex")
      el.setAttribute(key, value === true ? "true" : String(value));
    else (el as unknown as Record<string, unknown>)[key] = value;
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces all children. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** A `<button type="button">`. */
export function button(label: string, onclick: (event: Event) => void, props: Props = {}): HTMLButtonElement {
  return h("button", { type: "button", onclick, ...props }, label);
}

/** A section with a heading of the given level. */
export function section(title: string, level: 2 | 3 = 3, ...children: Child[]): HTMLElement {
  const id = uid("sec");
  return h("section", { "aria-labelledby": id }, h(level === 2 ? "h2" : "h3", { id }, title), ...children);
}
