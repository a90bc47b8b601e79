// Traditional characters (繁体字) of the 公文 vocabulary, for reposts from Hong Kong, Macao and
// Taiwan sites and databases. Patterns are written once, in Simplified characters, and tried on
// the line folded to Simplified; the text itself is never changed.
import { unitTable } from "./units.js";
import { forgetAnswers, perDocument } from "./memo.js";

/** Traditional → Simplified for the characters the lexicon's patterns use. */
const PAIRS =
  "內内郵邮繫系識识碼码號号辦办關关於于發发佈布區区機机門门單单廳厅縣县鎮镇會会議议報报國国務务員员長长書书記记實实說说見见體体時时間间頁页來来覽览數数當当閉闭擊击點点網网級级為为與与專专業业組组織织開开聯联統统計计劃划規规條条則则歷历處处濟济財财稅税環环護护衛卫醫医療疗藥药農农鄉乡圖图館馆廣广電电視视聞闻傳传臺台灣湾東东莞莞學学術术協协產产獎奖勵励費费檢检驗验認认證证據据項项屬属導导論论們们將将應应從从後后給给對对這这個个裏里裡里復复覆复轉转達达請请啟启蓋盖範范圍围標标準准規规劃划綱纲彙汇編编錄录訊讯類类選选舉举權权責责擔担負负職职參参與与辦办態态勢势決决囑嘱總总結结陳陈舊旧雜杂頒颁佈布執执紀纪監监審审宮宫廠厂礦矿鐵铁險险災灾節节鄰邻軍军團团黨党領领導导幹干紅红萬万億亿歲岁週周戶户壽寿歸归劃划類类稱称諮咨詢询設设備备養养營营維维線线車车馬马齊齐價价瀏浏訪访閱阅覽览歡欢掃扫題题構构廢废狀状詞词鍵键寶宝別别現现轄辖隊队運运輸输貿贸經经資资勞劳動动質质戰战";
const MAP = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) MAP.set(PAIRS[i]!, PAIRS[i + 1]!);
/** The Traditional characters that fold to `simplified` (发 → 發): the table read backwards */
export function traditionalForms(simplified: string): string[] {
  return [...MAP].filter(([, s]) => s === simplified).map(([t]) => t);
}
const CLASS = `[${[...MAP.keys()].join("").replace(/[\\\]^-]/g, "\\$&")}]`;
const TRADITIONAL = new RegExp(CLASS);
/** Mapped characters that Simplified text uses too (覆盖, 东莞): they alone say nothing about a document. */
const ALSO_SIMPLIFIED = "覆莞";
/** Code units of the Traditional characters (all in the BMP): a table lookup per character, not a class search. */
const TRADITIONAL_ONLY = unitTable([1, [...MAP.keys()].filter((c) => !ALSO_SIMPLIFIED.includes(c))]);
const TRADITIONAL_ALL = new RegExp(CLASS, "g");

/**
 * Whether the document being parsed holds any Traditional character. Set per document by the
 * assembler (withTraditional): a notice without one — nearly all — is scanned once, not once per
 * line and per question (chrome? metadata? …).
 */
let present = true;

/** Whether a text holds a Traditional character (one that Simplified text does not use). */
export function hasTraditional(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (TRADITIONAL_ONLY[s.charCodeAt(i)]) return true;
  return false;
}

/** Run `fn` (synchronous) with folding on or off for the document it parses. */
export function withTraditional<T>(holdsAny: boolean, fn: () => T): T {
  const saved = present;
  present = holdsAny;
  // a line's answers hold for one document in one folding mode
  forgetAnswers();
  try {
    return fn();
  } finally {
    present = saved;
    forgetAnswers();
  }
}

/** The line with its Traditional characters folded to Simplified, same length (one char each). */
export function toSimplified(s: string): string {
  if (!present) return s;
  // repair asks about two neighbouring lines in turn (chrome, metadata, each on a and b): the
  // last two answers are kept, so a line is scanned once there; a small memo, not a cache that
  // would make small inputs look cheaper than large ones
  if (s === lastIn[0]) return lastOut[0]!;
  if (s === lastIn[1]) return lastOut[1]!;
  // most lines hold no Traditional character and come back as they are
  const out = TRADITIONAL.test(s) ? s.replace(TRADITIONAL_ALL, (ch) => MAP.get(ch)!) : s;
  lastIn[1] = lastIn[0]; lastOut[1] = lastOut[0];
  lastIn[0] = s; lastOut[0] = out;
  return out;
}
const lastIn: Array<string | undefined> = [undefined, undefined];
const lastOut: Array<string | undefined> = [undefined, undefined];

/**
 * A character's pinyin in brackets after it, as pages with ruby annotations flatten them
 * (發(fā)布日期, 鎮(zhèn), a page that repeats them: 局(ju)(ju)): dropped where a pattern is tried,
 * kept in the text itself.
 */
/** One gloss, its brackets included: (zé), (bào) — a syllable of lower-case pinyin with its tone marks */
export const GLOSS = String.raw`\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)`;
const PINYIN_GLOSS = new RegExp(`([\\u4e00-\\u9fff])(?:${GLOSS})+`, "g");

/** The line without pinyin glosses (the line itself when it has no bracket). */
function withoutPinyinRead(s: string): string {
  return s.includes("(") ? s.replace(PINYIN_GLOSS, "$1") : s;
}
/** (asked of the same line by several stages: answered once per document) */
export const withoutPinyin = perDocument(withoutPinyinRead);

const GLOSS_AT = new RegExp(`^${GLOSS}`);

/**
 * `bare` (a name read with the glosses dropped, 國務院) as `written` spells it, glosses included
 * (國(guó)務(wù)院), or null when it does not stand there: a name is given as the page writes it.
 */
export function asWritten(written: string, bare: string): string | null {
  if (!bare || !written.includes("(")) return written.includes(bare) ? bare : null;
  for (let start = written.indexOf(bare[0]!); start >= 0; start = written.indexOf(bare[0]!, start + 1)) {
    let k = start;
    let j = 0;
    while (j < bare.length && k < written.length) {
      if (written[k] === bare[j]) {
        k++;
        j++;
      } else if (written[k] === "(" && j > 0) {
        const g = GLOSS_AT.exec(written.slice(k, k + 9));
        if (!g) break;
        k += g[0].length;
      } else break;
    }
    if (j < bare.length) continue;
    // the last character's gloss belongs to it
    for (let g = GLOSS_AT.exec(written.slice(k, k + 9)); g; g = GLOSS_AT.exec(written.slice(k, k + 9))) k += g[0].length;
    return written.slice(start, k);
  }
  return null;
}

const GLOSS_ONLY = new RegExp(GLOSS, "g");
/** Stands for a gloss's characters in a masked line: no pattern of the lexicon matches it */
export const GLOSS_MASK = "\ue001";

/**
 * The line with every pinyin gloss replaced by as many GLOSS_MASK characters (責(zé)任單位 → 責    任單位):
 * offsets stay those of the line as written, so a pattern can find a label through its glosses and
 * the value be cut from the text itself, glosses kept.
 */
export function maskPinyin(s: string): string {
  return s.includes("(") ? s.replace(GLOSS_ONLY, (g) => GLOSS_MASK.repeat(g.length)) : s;
}
