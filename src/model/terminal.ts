// Terminal safety: text from a document or a file name is shown escaped before it reaches a
// terminal, so a crafted name or page can neither move the cursor, clear the screen, recolour,
// retitle the window nor forge extra lines (C0 and C1 controls, DEL, and the bidi controls that
// reorder what is shown). JSON output is unaffected: JSON.stringify escapes C0 itself.

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const SHORT: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escapeChar(c: string): string {
  const n = c.charCodeAt(0);
  return SHORT[c] ?? (n < 0x100 ? `\\x${n.toString(16).padStart(2, "0")}` : `\\u${n.toString(16).padStart(4, "0")}`);
}

/** One line for a terminal: every control character shown as an escape (ESC → \x1b, LF → \n). */
export function escapeTerminal(s: string): string {
  return s.replace(CONTROL, escapeChar);
}

/** Several lines for a terminal: each escaped, the line breaks between them kept. */
export function escapeTerminalLines(s: string): string {
  return s.split("\n").map(escapeTerminal).join("\n");
}
