// Text from documents is data, never markup: everything placed in HTML passes through here.

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Safe in element content and in double- or single-quoted attribute values. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/**
 * JSON inside <script type="application/json">: "<" written \u003c so no </script> or <!-- in a
 * title can end the block; U+2028/9 escaped for old parsers.
 */
export const jsonForScript = (v: unknown): string =>
  JSON.stringify(v).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");

/**
 * A link to a source file: only a relative or file path. A path that looks like a URL scheme
 * (javascript:, data:, http:) is made relative with ./ so a click can never run or fetch it.
 */
export function fileHref(p: string): string {
  const rel = /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(p) && !/^[a-zA-Z]:[\\/]/.test(p) ? `./${p}` : p;
  return encodeURI(rel.replace(/\\/g, "/")).replace(/#/g, "%23").replace(/\?/g, "%3F");
}
