import type { DocNumber } from "../model/schema.js";
import { DOC_NUMBER_NO_YEAR_RE, DOC_NUMBER_RE } from "./patterns.js";


export interface FoundDocNumber {
  value: DocNumber;
  index: number;
  length: number;
  withoutYear: boolean;
}

export function findDocNumber(s: string): FoundDocNumber | null {
  // full-width digits (〔２０２４〕１５号) are the same number; the mapping keeps string length
  const t = s.replace(/[\u3000\u00a0]/g, " ").replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const m = DOC_NUMBER_RE.exec(t);
  if (m) {
    return {
      value: { raw: s.slice(m.index, m.index + m[0].length).replace(/[\s\u3000]+/g, ""), prefix: m[1]!, year: Number(m[2]), serial: Number(m[3]) },
      index: m.index,
      length: m[0].length,
      withoutYear: false,
    };
  }
  const n = DOC_NUMBER_NO_YEAR_RE.exec(t.trim());
  if (n) {
    return {
      value: { raw: s.trim().replace(/[\s\u3000]+/g, ""), prefix: n[1]!, year: null, serial: Number(n[2]) },
      index: 0,
      length: n[0].length,
      withoutYear: true,
    };
  }
  return null;
}
