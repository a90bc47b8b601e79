// What a line says beyond the fields read from it: the stages that read a line into fields (the
// header's 发文字号, 签发人, 版头, a title broken over lines …) use this to notice text they did not
// account for, so no text is dropped without a word.

/** Spacing, punctuation, brackets and a list's bullets: layout between a line's fields, not text of their own. */
const FIELD_GLUE = /[\s\u3000*#•●▪◦|\-:：>★。；;．.，,、（）()《》“”"‘’'【】〔〕［］[\]{}！？!?…—_=~·/\\﹝﹞]+/u;
/** Label words a 版头 line prints before its value: 签发人：, 份号：, and the 普通事项 mark of an
 *  unclassified document, which no field holds. (A masthead's 文件 is in its text.) */
const FIELD_LABELS = /签\s*发\s*人|份\s*号|普通事项|一般事项/g;

/**
 * The pieces of `line` (split at spacing, punctuation and brackets, labels left out) that no
 * value contains, joined by spaces: "" when the values account for the whole line. A value may
 * hold more than the line (a title broken over lines holds each of them).
 */
export function unreadText(line: string, values: Array<string | null | undefined>): string {
  const held = values.filter((v): v is string => !!v).map((v) => v.replace(/\s+/g, "")).filter((v) => v !== "");
  // a piece is read when one value holds it, or when whole values glued one after another make
  // it up exactly (a text that lost its line breaks: 内部事项 + 国网…公司文件)
  const read = (piece: string): boolean => {
    if (held.some((v) => v.includes(piece))) return true;
    let rest = piece;
    while (rest !== "") {
      let step = 0;
      for (const v of held) if (v.length > step && rest.startsWith(v)) step = v.length;
      if (step === 0) return false;
      rest = rest.slice(step);
    }
    return true;
  };
  return line
    .trim()
    .replace(FIELD_LABELS, " ")
    .split(FIELD_GLUE)
    .filter((piece) => piece !== "" && !read(piece))
    .join(" ");
}
