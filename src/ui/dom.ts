// Builds DOM from text only. Dataset and URL text always goes in as text nodes, never as markup,
// so nothing from a page URL or the dataset can become HTML.
export type Child = Node | string | number | null | undefined | false | Child[];
type Props = Record<string, string | boolean | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (name === 'href' && typeof value === 'string' && !isWebUrl(value) && !isMailAddress(value) && !isOwnPage(value))
      continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  append(element, children);
  return element;
}

function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** A page of this extension (links between its own pages). */
function isOwnPage(value: string): boolean {
  return value.startsWith(`${location.origin}/`);
}

/** A mailto: link (an administrator's help desk): opens the mail program, runs nothing. */
export function isMailAddress(value: string): boolean {
  try {
    return new URL(value).protocol === 'mailto:';
  } catch {
    return false;
  }
}

export function isWebUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** A link that opens outside the extension page, without giving the target a handle on it. */
export function externalLink(href: string, text: string, newTabNote: string): HTMLAnchorElement {
  return h(
    'a',
    { href, target: '_blank', rel: 'noopener noreferrer' },
    text,
    h('span', { class: 'visually-hidden' }, ` (${newTabNote})`),
  );
}

export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}
