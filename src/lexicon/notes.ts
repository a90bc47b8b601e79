// Responsibility notes (责任分工 notes) as notices write them: labelled （牵头单位：X；配合单位：Y；
// 完成时限：…）, role words after the organs （X、Y负责） （X牵头，Y配合） (X牵头，有关部门按职责分工负责),
// in （）()〔〕【】[] or bare after a sentence, Simplified or Traditional. Roles map through ROLE_WORDS.
import { COLUMN_SYNONYMS, PARTICIPANT_LABEL, ROLE_WORDS, roleOf } from "./columns.js";
import { ORGAN_SUFFIX, isOrganLine, spacedOrganNames, splitBalanced, splitOrgans, squeezeCjkSpaces } from "./organs.js";
import { DEADLINE_ITEM } from "./due.js";
import { unitTable } from "./units.js";
import { asWritten, GLOSS_MASK, maskPinyin, toSimplified, withoutPinyin } from "./traditional.js";
import { charsAtMost } from "./length.js";
import { withoutTrailingBlanks } from "./layout.js";

export interface NoteFields {
  lead: string[];
  support: string[];
  leader: string | null;
  owner: string | null;
  deadline: string | null;
  /** a lead role is written out (X牵头，Y负责; 牵头单位：…), so nothing is inferred about it */
  namesLead: boolean;
  /** the note declares that the first organ named in each note leads (排在第一位的部门为牵头部门，下同) */
  firstLeads: boolean;
  /** an aside the note holds beside its roles, as written ((列第一位的为工作牵头单位,下同)) */
  remark?: string | null;
}

export interface FoundNote {
  /** offsets of the note in the text searched, brackets included */
  start: number;
  end: number;
  raw: string;
  note: NoteFields;
  /** the task the text after the note names (省应急厅：应急避难设施建设迎查资料 → its duty) */
  names?: string;
  /** the note stays in the text it is read from (an organ opening its duty line, a duty written as a sentence's opening) */
  kept?: boolean;
  /** a duty that closes the sentence it stands in (…的问题，由X会同Y负责落实。): the heading runs through it */
  closesSentence?: boolean;
}


// (参加 is a clause's verb, not a label's word: X牵头，Y等有关部门参加 — a meeting's 参加单位 names no duty)
const ROLE_VERBS = [...ROLE_WORDS.map(([w]) => w).filter((w) => !/^(责任|責任|考核|实施|實施)$/.test(w)), "参加", "參加"];
const LEAD_VERB = /^(牵头|牽頭)/;
/** 协同负责 / 協同負責: a support word before 负责 that makes the organs jointly responsible */
const JOINTLY = /^(协同|協同)(负责|負責)$/;
/** A responsibility clause: organs, then a role verb (X、Y负责; X牵头负责; X牵头督导; Y等按职责分工负责; X会同Y负责; X总牵头, the lead over a whole part). */
const CLAUSE = new RegExp(
  `^(?:由)?(.+?)(?:会同(.+?))?(?:分别|共同|各自)?(?:按照?(?:各自)?职(?:责|能))?(?:分工)?(?:总|總)?((?:${ROLE_VERBS.join("|")})(?:负责|落实|实施|推进|督导|组织|抓总|协调)?|负责|落实)$`,
  "d",
);
/** A leader named by post alone (分管副省长, 协管副秘书长, 常务副市长): who is in charge, not an organ */
const LEADER_POST = /^(?:分管|协管|主管|常务)?副?(?:省长|市长|县长|区长|州长|盟长|旗长|镇长|乡长|秘书长|主席|书记|主任)$/;
/** 排在第一位的部门为牵头部门，下同 / 列第一位者为牵头单位 / 第一责任单位为牵头单位 */
const FIRST_LEADS = /(第一(?:位|个|家|责任单位|责任部门|单位|部门)|首位|排名第一|排第一).{0,8}(牵头|牽頭|主责|主責)/;
/** A time written as progress rather than a date, before a note's labels: 按进度推进, 取得明显成效 */
const DEADLINE_PHRASE = /(推进|完成|成效|落实)$/;
/** A bracketed aside that ends a labelled value: X、Y(列第一位的为牵头单位,下同) */
const BRACKETED_REMARK = /[（(]([^（）()]*)[）)]\s*$/;
/** Closing remarks a note may carry after its roles: 下同, 不再做分工 … */
const REMARK = /^(下同|以下.{0,40}|不再.*|具体任务.*|各.{0,6}(按职责|结合实际).*|适用范围.*)$/;
/** What a 规划纲要's item is (预期性指标, 约束性指标, 重大工程): a word that sorts it, said before its roles. */
const SORT_WORD = /(指标|工程|项目|任务|事项|类)$/;
/** Ends of names a notice's own organs take beyond the 机关 suffixes: 证监会, 海关总署, 合肥海关, 人民银行, 全国工商联, 共青团中央, 各地, 有关部门. */
const NOTE_ORGAN_END = /(会|署|行|联|聯|中央|社|门|門|各地|政府|公司|集团|海关|海關)$/;

/** A name that reads as an organ (机关, 部门, 各地 …). */
export function organLike(s: string): boolean {
  const t = withoutAlias(s);
  return ORGAN_SUFFIX.test(t) || NOTE_ORGAN_END.test(t) || (t.length <= 12 && (t.startsWith("各") || /[区區]$/.test(t)) && LEVEL_GROUP_NAME.test(toSimplified(withoutPinyin(t)))) || isOrganLine(s);
}
/** A level's organs named as a group (各县区, 各县市区, 各区县, 各乡镇, 各镇街, 各开发园区; 开发园区): they carry out a duty together */
const LEVEL_GROUP_NAME = /^各(?:[县市区旗乡镇街][县市区旗乡镇街道]{0,3}|开发区|园区|开发园区|功能区)$|^(?:开发区|开发园区|工业园区|功能区)$/;
/** 规划信息处(爱卫办): the name before its bracketed alias */
const withoutAlias = (s: string): string => s.replace(/[（(][^（）()]*[）)]$/, "");

/**
 * 等 closing a list with the category it stands for — 等部门, 等有关单位, and with a level,
 * 等省有关部门, 等市直相关部门: the category names no organ of its own. (Group 1: the character
 * before 等, so a list is never emptied.)
 */
const ETC = String.raw`等(?:[省市县区州][级直]|[省市县区州])?(?:有关|相关|其他)?`;
const ETC_CLOSING_LIST = new RegExp(`(.)${ETC}(?:部门|单位|部門|單位){0,2}$`);
const ETC_CLOSING_ITEM = new RegExp(`(.)${ETC}(?:部门|单位){1,2}$`);
const ETC_CLOSING_NAME = new RegExp(`(.)${ETC}(?:部门|单位)$`);

/** Organ items of one clause: 等和 joins two lists, a trailing 等有关部门 closes one. */
function organItems(s: string): string[] | null {
  const body = s
    .replace(/等(?:和|及|以及)/g, "、")
    .replace(ETC_CLOSING_LIST, "$1")
    .trim();
  if (!body) return null;
  const items = splitOrgans(body, { conjunctions: true }).map((x) => x.replace(ETC_CLOSING_ITEM, "$1"));
  if (!items.length) return null;
  // (党的 is an organ's word: 省局党的建设领导小组各成员单位)
  if (items.some((x) => !charsAtMost(x, 30) || /[的将对把被使是为，。]/.test(x.replace(/[（(][^）)]*[）)]/g, "").replace(/[党黨]的/g, "")))) return null;
  return items.some(organLike) ? items : null;
}

function empty(): NoteFields {
  return { lead: [], support: [], leader: null, owner: null, deadline: null, namesLead: false, firstLeads: false };
}

/** Clauses with role verbs: X牵头，Y配合 / X、Y负责，排在第一位的部门为牵头部门，下同. */
function parseClauses(text: string, out: NoteFields): boolean {
  const clauses = splitBalanced(text.replace(/[。.]\s*$/, ""), "，,；;。");
  const parsed: Array<{ organs: string[]; with: string[]; verb: string }> = [];
  // a list of organs without a verb shares the next clause's (X牵头，A、B等部门，C、D配合: A–D support)
  let pending: string[] = [];
  // organ lists and the declaration who of them leads, no role verb (市教育局,市委农办,各县<市、区>人民政府,
  // 排名第一位为牵头单位,下同): every organ, the first of them leading from this note on
  if (FIRST_LEADS.test(text)) {
    const asides = clauses.filter((c) => FIRST_LEADS.test(c) || REMARK.test(toSimplified(c.replace(/\s+/g, ""))));
    const lists = clauses.filter((c) => !asides.includes(c)).map((c) => organItems(c.replace(/\s+/g, "")));
    if (lists.length && lists.every((l) => l && l.every(organLike))) {
      out.firstLeads = true;
      for (const l of lists) out.lead.push(...l!);
      out.remark = asides.join("，");
      return true;
    }
  }
  for (const [k, c] of clauses.entries()) {
    if (FIRST_LEADS.test(c)) {
      out.firstLeads = true;
      continue;
    }
    // the patterns are Simplified: tried on the clause folded (one character for one), the
    // organs taken from it as written (市級各有關部門…按職責分工負責)
    // (a clause glossed with pinyin, 各區(qū)、市政府負(fù)責(zé)落實(shí), is matched without its glosses; its organs are
    // given back as written)
    const written0 = c.replace(/\s+/g, "");
    const glossed = written0.includes("(") && withoutPinyin(written0) !== written0;
    const bare = glossed ? withoutPinyin(written0) : written0;
    const asPrinted = (o: string) => (glossed ? (asWritten(written0, o) ?? o) : o);
    const folded = toSimplified(bare);
    // a closing remark after the roles (以下各项任务均需各市党委、政府落实，不再一一列出): the
    // note's remark, not organs with a verb
    if (k > 0 && parsed.length > 0 && REMARK.test(folded)) {
      out.remark = out.remark ? `${out.remark}；${written0}` : written0;
      continue;
    }
    // the leaders in charge by their posts, 分管副省长、协管副秘书长负责 (a province's 分工 note names them
    // before the organs): the note's leader
    if (/^[^，,；;]{3,40}[负負][责責]$/.test(folded) && folded.slice(0, -2).split("、").every((p) => LEADER_POST.test(p))) {
      out.leader = asPrinted(bare.slice(0, -2));
      continue;
    }
    const m = CLAUSE.exec(folded);
    const written = (g: number) => (m!.indices![g] ? bare.slice(m!.indices![g]![0], m!.indices![g]![1]) : null);
    const organs = m ? organItems(written(1)!)?.map(asPrinted) ?? null : null;
    if (m && organs) {
      const withText = written(2);
      parsed.push({ organs: [...pending, ...organs], with: withText ? (organItems(withText) ?? []).map(asPrinted) : [], verb: m[3]! });
      pending = [];
      continue;
    }
    // (省直有关部门，各州、市人民政府按照职责分工负责): a first list of organs the next clause's 负责 or
    // 落实 takes in — who are responsible together; before 配合 or the like it is not read so
    if (k === 0) {
      const next = clauses[1] ? CLAUSE.exec(toSimplified(clauses[1].replace(/\s+/g, ""))) : null;
      const first = next && /^(?:负责|落实)$/.test(next[3]!) ? organItems(bare)?.map(asPrinted) ?? null : null;
      if (!first || !first.every(organLike)) return false;
      pending.push(...first);
      continue;
    }
    // (…or, the last clause, after a lead named by 牵头: 省政府办公厅、省财政厅牵头，省商务厅、省文旅厅 — those carry it out with it)
    const listed = (k + 1 < clauses.length || (parsed.length > 0 && LEAD_VERB.test(parsed.at(-1)!.verb))) && parsed.length > 0 && !DEADLINE_ITEM.test(toSimplified(c)) ? organItems(bare)?.map(asPrinted) ?? null : null;
    if (listed && listed.every(organLike)) {
      pending.push(...listed);
      continue;
    }
    if (DEADLINE_ITEM.test(toSimplified(c)) && charsAtMost(c, 30)) out.deadline = out.deadline ? `${out.deadline}，${c}` : c;
    else if (!REMARK.test(folded) && parsed.length === 0) return false;
  }
  if (!parsed.length) return false;
  // a list left without a verb after the lead (X牵头，A、B，2024年底前完成): those carry it out with it
  if (pending.length) parsed.push({ organs: pending, with: [], verb: "配合" });
  const named = parsed.some((p) => LEAD_VERB.test(p.verb));
  if (named) out.namesLead = true;
  for (const p of parsed) {
    // 协同负责: jointly responsible — they lead, unless a clause names who leads (X牵头，Y协同负责)
    const jointly = !named && JOINTLY.test(p.verb);
    const support = !jointly && (ROLE_WORDS.some(([w, f]) => f === "support" && p.verb.startsWith(w)) || /^(?:参加|參加)/.test(p.verb) || (named && !LEAD_VERB.test(p.verb)));
    (support ? out.support : out.lead).push(...p.organs);
    out.support.push(...p.with);
  }
  return true;
}

const DEADLINE_LABEL = new RegExp(`^(${COLUMN_SYNONYMS.deadline.join("|")})$`);
/** A deadline on a line of its own, under the labelled lines of a duty (完成时限:2021年12月31日): group 1 the time as written */
export const DEADLINE_LINE = new RegExp(`^[ \\t\\u3000]*(?:${COLUMN_SYNONYMS.deadline.join("|")})[ \\t\\u3000]*[：:][ \\t\\u3000]*([^\\s：:][^：:]{0,40}?)[。；;]?[ \\t\\u3000]*$`);
/** 部门分工 / 责任分工: a label whose value is role clauses (X牵头，Y配合). */
const CLAUSES_LABEL = /^(?:部门|责任|任务|职责|工作|部門|責任|任務|職責)?分工$/;

/**
 * The note label that ends a run of characters glued to the value before it, when a line break
 * was lost between two labelled lines (分管省领导：林克庆部门分工：X牵头 → 部门分工), or null.
 * The shortest such ending wins (the value's last characters are not the label's); a bare role
 * word (牵头, 负责) ends too many values to count here.
 */
export function gluedNoteLabel(run: string): string | null {
  for (let len = 3; len < run.length && len <= 10; len++) {
    const s = run.slice(-len);
    if (roleOf(s) || DEADLINE_LABEL.test(s) || CLAUSES_LABEL.test(s)) return s;
  }
  return null;
}

/**
 * `label：` positions inside a note: a run of 2–10 Chinese characters after a delimiter, or a
 * known label glued to the value before it (a lost line break).
 */
function labels(inner: string): Array<{ at: number; value: number; label: string }> {
  const out: Array<{ at: number; value: number; label: string }> = [];
  // (a closing bracket ends a value too: 责任单位:X、Y(第一责任单位为牵头单位,下同)时限要求:持续推进;
  // a label is found through the pinyin glosses a page adds, 責(zé)任單位:, the masked gloss part of its word)
  // (a label may name its holder twice, the second in brackets: 责任处室〔单位〕:)
  for (const m of maskPinyin(inner).matchAll(/(^|[，,；;。\s）)]|)([\u4e00-\u9fff\ue001]{2,26})(?:[〔（(][\u4e00-\u9fff]{1,6}[〕）)])?\s*[：:]/g)) {
    let at = m.index + m[1]!.length;
    let label = m[2]!.replaceAll(GLOSS_MASK, "");
    if (label.length < 2) continue;
    if (!m[1] && m.index > 0 || label.length > 10) {
      // glued: only a known label counts, and only after another label's value
      const glued = out.length ? gluedNoteLabel(label) : null;
      if (!glued) continue;
      at += label.length - glued.length;
      label = glued;
    }
    out.push({ at, value: m.index + m[0].length, label });
  }
  return out;
}

/**
 * Words without one of which no note names a duty: a role word (牵头, 配合 …), the verbs a clause
 * may end in (负责, 落实), a leader label (分管, 领导) or a 分工 label. Most bracketed asides
 * (（以下简称…）, （2022—2024年）) hold none, and are ruled out by this one scan.
 */
const NOTE_WORD = new RegExp(`${ROLE_WORDS.map(([w]) => w).join("|")}|落实|分管|领导|領導|分工`);

/** A role verb alone as a label (承办:, 主办:, 负责:), without 单位/部门 after it */
const BARE_ROLE_VERB = /^(?:承办|主办|负责|牵头|配合|协办|督办|承辦|主辦|負責|牽頭)$/;

/** A labelled value that opens with an organ and 牵头 before a pause (省应急厅牵头，省公安厅…等部门分工负责): role clauses */
// (or with several organs before it: 省政府办公厅、省财政厅牵头，省商务厅…)
const VALUE_LEAD_CLAUSE = /^[^，,；;：:]{2,60}?(?:牵头|牽頭)[，,；;]/;

/** The inside of a note → its roles, or null when it names none. */
export function parseNote(inner: string): NoteFields | null {
  if (!NOTE_WORD.test(inner) && !(inner.includes("(") && NOTE_WORD.test(withoutPinyin(inner)))) return null;
  const text = inner.trim();
  const out = empty();
  const keys = labels(text);
  const read = keys.map((k) => roleOf(k.label) ?? (DEADLINE_LABEL.test(k.label) ? "deadline" : /分工/.test(k.label) ? "clauses" : null));
  // (参加单位 beside a lead label: those who carry it out with the lead)
  const kinds = read.map((kind, n) => kind ?? (read.includes("lead") && PARTICIPANT_LABEL.test(keys[n]!.label) ? "support" : null));
  if (kinds.some((k) => k !== null)) {
    // a time written before the labels is the deadline: （6月底完成，牵头考核单位：X）（持续推进，责任单位：Y）
    const opening = text.slice(0, keys[0]!.at).replace(/[，,；;。\s]+$/, "").trim();
    if (opening !== "") {
      // …or role clauses before a labelled deadline: （办公室牵头，各供电公司负责；完成时限：两会前）
      const time = charsAtMost(opening, 30) && !/[：:，,；;。]/.test(opening) && (DEADLINE_ITEM.test(opening) || DEADLINE_PHRASE.test(opening));
      if (time) out.deadline = opening;
      // …or a short word that sorts the item, naming no organ (预期性指标，牵头单位：X): a remark
      else if (!/[：:，,；;]/.test(opening) && charsAtMost(opening, 10) && SORT_WORD.test(opening)) out.remark = opening;
      else if (/[：:]/.test(opening) || !parseClauses(opening, out)) return null;
    }
    // 牵头单位 beside 责任单位: the 责任单位 are those who carry it out with the lead
    const leadLabel = keys.some((k, n) => kinds[n] === "lead" && /牵头|牽頭|主办|主辦|承办|承辦|主责/.test(k.label));
    keys.forEach((k, n) => {
      const kind = kinds[n];
      const raw = text.slice(k.value, keys[n + 1]?.at ?? text.length).replace(/[，,；;。.\s]+$/, "").trim();
      if (!kind || !raw) return;
      if (kind === "deadline") {
        out.deadline = out.deadline ? `${out.deadline}，${raw}` : raw;
        return;
      }
      if (kind === "leader" || kind === "owner") {
        // a two-character name padded to three in the layout (王 健): the spaces are layout
        out[kind] = squeezeCjkSpaces(raw);
        return;
      }
      if (kind === "clauses") {
        parseClauses(raw, out);
        return;
      }
      // a value that is role clauses itself (责任单位:省应急厅牵头，省公安厅、省财政厅等部门分工负责): read as
      // clauses, the organ before 牵头 leading and the rest carrying it out with it
      // (a bracketed declaration after them is the note's remark: …，省文旅厅(除标注为"牵头"单位外,列第一位的为牵头单位,下同))
      if (kind === "lead" && !leadLabel && VALUE_LEAD_CLAUSE.test(raw)) {
        const clauses = raw.split(/[。]/)[0]!;
        const aside = BRACKETED_REMARK.exec(clauses);
        const declared = aside && (FIRST_LEADS.test(toSimplified(aside[1]!)) || /下同/.test(aside[1]!)) ? aside : null;
        if (parseClauses(declared ? clauses.slice(0, declared.index) : clauses, out)) {
          if (declared) {
            if (FIRST_LEADS.test(toSimplified(declared[1]!))) out.firstLeads = true;
            out.remark = out.remark ? `${out.remark}；${declared[1]!}` : declared[1]!;
          }
          return;
        }
      }
      if (kind === "lead" && leadLabel) out.namesLead = true;
      // a remark after the organs (。具体任务均涉及…，下同) is not an organ
      // (nor the words after the last one that say they share the work: …等部门分工负责)
      let value = raw.split(/[。]/)[0]!.replace(/(?:等(?:部门|单位))?(?:分别|共同)?(?:按照?(?:各自)?职(?:责|能))?(?:分工)?(?:分别|共同)?(?:负责|落实|牵头)$/, "");
      // …nor is one in brackets after them, which may declare who leads: X、Y(列第一位的为牵头单位,下同)
      const aside = BRACKETED_REMARK.exec(value);
      if (aside && (FIRST_LEADS.test(aside[1]!) || /下同/.test(aside[1]!))) {
        if (FIRST_LEADS.test(aside[1]!)) out.firstLeads = true;
        value = value.slice(0, aside.index);
        out.remark = out.remark ? `${out.remark}；${aside[1]!}` : aside[1]!;
      }
      // (a bare verb as the label, 承办:, over a sentence that names no organ — 各单位对应复的文件根据…办理 — is a
      // step of a procedure, not a duty: 拟办: 批办: 承办: 办复:)
      if (BARE_ROLE_VERB.test(k.label.trim()) && !splitOrgans(value).some(organLike)) return;
      const support = kind === "support" || (leadLabel && !/牵头|牽頭|主办|主辦|承办|承辦|主责/.test(k.label));
      for (const item of splitOrgans(value.replace(/等(?:和|及|以及)/g, "、"), { conjunctions: true })) {
        // X、Y，列第一位的为牵头单位: the declaration, not an organ; nor is a closing remark
        // (…，以下均需各县市区落实，不再逐一列出)
        if (FIRST_LEADS.test(item) || (REMARK.test(toSimplified(item)) && !organLike(item))) {
          if (FIRST_LEADS.test(item)) out.firstLeads = true;
          out.remark = out.remark ? `${out.remark}；${item}` : item;
          continue;
        }
        const name = item.replace(ETC_CLOSING_NAME, "$1");
        if (DEADLINE_ITEM.test(name) && !organLike(name)) out.deadline = out.deadline ? `${out.deadline}，${name}` : name;
        else (support ? out.support : out.lead).push(name);
      }
    });
  } else if (!parseClauses(text, out)) return null;
  // a contact line (联系人：…) names a person but no duty: not a note
  if (!out.lead.length && !out.support.length && !out.leader) return null;
  return out;
}

/**
 * The organs of a table cell in a lead or support column, as cells write them: a plain list, a
 * clause (应急处、监督处等按职责分工落实), or X会同Y / X会Y (宣传处会办公室: the first leads, Y supports).
 */
export function cellOrgans(cell: string): { lead: string[]; support: string[] } {
  const read = cellOrgansRead(cell);
  if (!cell.includes("★")) return read;
  // (the unit a table marks with ★ leads, the others listed beside it support: ★财政局、税务局)
  const starred = read.lead.filter((o) => o.startsWith("★"));
  if (starred.length === 0) return read;
  return { lead: starred.map((o) => o.slice(1).trim()), support: [...read.lead.filter((o) => !o.startsWith("★")), ...read.support] };
}
function cellOrgansRead(cell: string): { lead: string[]; support: string[] } {
  const t = cell.trim();
  const out = empty();
  // (organs set apart by a space, as the tables stage keeps them: 县教体局 各相关乡镇政府)
  const spaced = spacedOrganNames(t);
  if (spaced) return { lead: spaced, support: [] };
  if (!/[：:]/.test(t) && parseClauses(t, out) && (out.lead.length || out.support.length)) return { lead: out.lead, support: out.support };
  const joint = /^(.{2,20}?[处處局室部厅廳科办辦])会同?(.{2,40})$/.exec(t.replace(/\s+/g, ""));
  if (joint && organLike(joint[1]!) && splitOrgans(joint[2]!).every(organLike)) {
    return { lead: [joint[1]!], support: splitOrgans(joint[2]!, { conjunctions: true }) };
  }
  return { lead: splitOrgans(t, { conjunctions: true }), support: [] };
}

const OPENERS = "（(〔[【［";
const CLOSERS = "）)〕]】］";
/** Bracket code units: 1 opens, 2 closes (a table, not a string search per character). */
const BRACKET = unitTable([1, OPENERS], [2, CLOSERS]);

/** A run of Chinese characters before a colon, which may end in a glued note label */
const GLUED_LABEL = /([\u4e00-\u9fff]{3,20})[：:]/g;
/** The role labels a note glued to its item without a deadline is read by (…增长7%以上责任单位：区发改局) */
const GLUED_ROLE_LABEL = /^(?:牵头|牽頭|责任|責任|配合|协同|協同)(?:单位|部门|單位|部門)$/;
/** A deadline label glued after a value (…国网信通公司完成时限：), sought along a whole text */
const GLUED_DEADLINE_G = new RegExp(`(?:${COLUMN_SYNONYMS.deadline.join("|")})[：:]`, "g");
/** `label：` after a sentence boundary, another label's colon (改造内容如下：责任单位：) or at the start: where a labelled note without brackets may begin */
const BARE_LABEL = /(?<=^|[。；;，,\n]|[\u4e00-\u9fff][：:])\s*([\u4e00-\u9fff]{2,10})\s*[：:]/g;
/** BARE_LABEL over a line whose pinyin glosses are masked (maskPinyin): a label's characters and their masks */
const BARE_LABEL_GLOSSED = /(?<=^|[。；;\n]|[\u4e00-\u9fff\ue001][：:])\s*([\u4e00-\u9fff][\u4e00-\u9fff\ue001]{1,40})\s*[：:]/g;

/** 市科技局牵头，市财政局、市教育局配合 — the same duty written as a sentence, at the end of a text. */
const PHRASE_NOTE = /(?:^|[。；，,（(\n])\s*(?:由)?([^，。；（）()\n]{2,40}?)(?:负责)?牵头(?:负责|落实|实施)?[，,、；;]\s*([^。；（）()\n]{2,80}?)(?:等(?:单位|部门))?(?:配合|协同|参与|协助)(?:落实|实施|推进)?[)）]?[。；]?\s*$/;

function phraseNote(s: string): FoundNote | null {
  // the two lazy groups are tried from every clause boundary: only when 牵头 is there at all
  if (!s.includes("牵头")) return null;
  const m = PHRASE_NOTE.exec(s);
  if (!m) return null;
  const lead = splitOrgans(m[1]!, { conjunctions: true });
  const support = splitOrgans(m[2]!, { conjunctions: true });
  if (!lead.length || !lead.every(isOrganLine) || !support.every(isOrganLine)) return null;
  const cut = m.index + (/^[。；，,\n]/.test(m[0]) ? 1 : 0);
  return { start: cut, end: s.length, raw: s.slice(cut).trim(), note: { ...empty(), lead, support, namesLead: true } };
}

/**
 * A duty written as the opening of a sentence rather than in brackets (国网营销部 style): 国网客服中心牵头，
 * 山东、江苏公司配合，3月底前完成… / 浙江公司牵头在年底前完成… — the organs that lead (PROSE_LEAD),
 * those that support (PROSE_SUPPORT, right after) and the time the sentence goes on to give
 * (PROSE_TIME, right after that); a sentence with neither opens with organs alone (数字化部组织，
 * 各专业…, 建设部牵头，加快推进…). Three patterns read in turn, each linear, rather than one with
 * nested optional groups. The leader in charge may open the sentence (由杨志武副市长负责，市发改委牵头，
 * 相关部门配合，… — a 市长办公会 or 督办 text names the leader, then the organs). After a comma or a
 * colon only with its 由 and a time (会议要求，由县发改局牵头，…配合，在9月底前完成…；由…): the minutes' decisions.
 */
const PROSE_LEAD = /(?:(?:^|[。；;]|负责[，,])\s*(?:由)?|[，,：:]\s*由)([^，,。；;（）()：:“”\n]{2,60}?)(牵头(?:负责)?|组织)(?:[，,]\s*|(?=[在于]))/g;
/**
 * The leader in charge right before its 负责，: opening the sentence (吴继德同志), or after 由 anywhere
 * (…试验区事宜由杨志武副市长 — an item's heading run into its text when the line breaks were lost)
 */
const PROSE_LEADER = /(?:(?:^|[。；;])\s*由?|由)([\u4e00-\u9fa5]{2,4}(?:常务)?副?(?:省长|市长|县长|区长|州长|主席|书记|主任|秘书长|同志))$/;
const PROSE_SUPPORT = /([^，,。；;（）()：:“”\n]{2,80}?)(?:配合|协同|参与|协助)[，,]\s*/y;
/** 3月底前, 2021年6月30日前, 年底前, 三季度末前 (group 1: the time as written, without 在/于) */
const PROSE_TIME = /[在于]?((?:(?:19|20)[0-9][0-9]年)?(?:[0-9]{1,2}月|年底|年内|上半年|下半年|[一二三四]季度)(?:底|末|中旬|上旬|下旬|[0-9]日|[0-3][0-9]日)?前?)/y;

/**
 * A duty written as a sentence that pairs who is in charge with who helps, without 牵头 (older
 * provincial and township 方案): 由省经贸委承办，省农业厅、卫生厅协办。 / 由省经贸委负责，省农业厅、环保局
 * 配合，加快… / 福建出入境检验检疫局负责，省农业厅配合，强化… — 负责 and 承办 are too common to name a
 * lead alone; the support clause right after them is what makes the sentence a duty.
 */
const PAIRED_DUTY = /(?:^|[。；;])\s*(?:由)?([^，,。；;（）()：:“”\n]{2,60}?)(?:负责|承办)[，,]\s*([^，,。；;（）()：:“”\n]{2,120}?)(?:配合|协办|协助)(?:[，,]\s*|(?=[。；;]|$))/g;

/** A department or office by its short name (数字化部, 营销部, 办公室, 安监部) */
const DEPARTMENT = /^[\u4e00-\u9fa5]{1,8}(?:部|处|办公室|办|中心|局|室|厅|委)$/;

/** The duties of a text written as sentence openings: the clauses up to the time; the text keeps them. */
function proseDuties(text: string): FoundNote[] {
  const out: FoundNote[] = [];
  for (const m of text.matchAll(PROSE_LEAD)) {
    // (after 负责，only when a leader in charge opens the sentence: 由杨志武副市长负责，市发改委牵头，…)
    const leader = m[0].startsWith("负责") ? PROSE_LEADER.exec(text.slice(Math.max(0, m.index - 16), m.index)) : null;
    if (m[0].startsWith("负责") && !leader) continue;
    let at = m.index + m[0].length;
    PROSE_SUPPORT.lastIndex = at;
    const s = PROSE_SUPPORT.exec(text);
    if (s) at += s[0].length;
    PROSE_TIME.lastIndex = at;
    const time = PROSE_TIME.exec(text);
    // (without a time or a support clause, the sentence must open with organs alone and go on:
    // 数字化部组织，各专业…; 建设部牵头，加快推进… — 组织 only so, a verb too common otherwise)
    const lead = splitOrgans(m[1]!);
    if (!time && !s && !lead.every((x) => isOrganLine(x))) continue;
    // (after a comma, a duty gives its time: 要求，由X牵头，Y配合，在9月底前完成… assigns; a report's
    // 按照…安排，由后勤部牵头，…配合，制定了… tells what was done)
    if (!time && /^[，,：:]/.test(m[0])) continue;
    // (组织 also ends nouns — 科协组织, 学会组织 — so its organs must be departments by name: 数字化部, 营销部)
    if (m[2] === "组织" && !lead.every((x) => DEPARTMENT.test(x))) continue;
    const support = s ? splitOrgans(s[1]!) : [];
    // organs, not a clause (研究总部牵头、…): short names, some of them organs, no verb among them
    const names = [...lead, ...support];
    if (!lead.length || !names.some(organLike) || names.some((x) => !charsAtMost(x, 20) || /[的将对把被使是为要在由]/.test(x))) continue;
    const start = leader ? m.index - leader[0].length + leader[0].search(/[^。；;\s]/) : m.index + m[0].search(/[^。；;，,：:\s]/);
    // (kept in the text: the clause is a sentence's opening, the sentence reads on from it)
    out.push({ start, end: at, raw: text.slice(start, at).trim(), note: { ...empty(), lead, support, leader: leader ? leader[1]! : null, deadline: time ? time[1]! : null, namesLead: true }, kept: true });
  }
  return out;
}

/**
 * A meeting's decision that hands its item to an organ (会议议定：原则同意，…后，由兴东集团按程序组织实施。): what
 * the minutes (纪要) decide, each item's owner. Group 1 the organs. Only after the minutes' own words
 * (会议议定, 会议决定, 会议同意, 会议要求, 会议明确, 会议确定), where 由X…组织实施 names who carries it out.
 */
const MINUTES_DUTY = /会议(?:议定|决定|同意|要求|明确|确定)[：:，,][^。；;]{0,80}?由([^，,。；;（）()：:“”\n]{2,30}?)(?:按程序|按规定|按照程序|按有关程序)?(?:负责|牵头|组织实施|抓好落实|落实|实施|办理)/;

/**
 * A meeting's decision that asks an organ to act (议定:原则同意…方案,请县财政局按照会议讨论意见作进一步修改完善; 会议原则同意…,
 * 请县发改委抓紧…): 请 and the organs, then the verb or manner that opens what it is asked to do. Group 1 the organs.
 * Only after the minutes' own words (会议…, 议定:), the request after a pause.
 */
const MINUTES_REQUEST = /(?:会议|议定[：:])[^。；;]{0,80}?[，,：:]请([^，,。；;（）()：:“”\n]{2,30}?)(?:按照|按|根据|依据|抓紧|尽快|牵头|负责|会同|做好|进一步|认真|及时|结合|抓好|研究|制定)/;

function minutesDuty(text: string): FoundNote | null {
  const m = (text.includes("由") ? MINUTES_DUTY.exec(text) : null) ?? (text.includes("请") ? MINUTES_REQUEST.exec(text) : null);
  if (!m) return null;
  const lead = splitOrgans(m[1]!);
  // (a request to every unit, 请各责任单位做好…, is the text's exhortation, no item's owner)
  if (!lead.length || !lead.every((x) => organLike(x) && charsAtMost(x, 20) && !/[的将对把被使是为要在]/.test(x)) || (m[0].includes("请" + m[1]!) && lead.some((x) => /^(?:各|有关|相关)/.test(x)))) return null;
  const start = m.index + m[0].lastIndexOf(m[1]!) - 1;
  // (kept in the text: the decision reads on)
  return { start, end: m.index + m[0].length, raw: text.slice(start, m.index + m[0].length), note: { ...empty(), lead, namesLead: true }, kept: true };
}

/** The duties of a text written as 由X负责/承办，Y配合/协办 sentences (PAIRED_DUTY); the text keeps them. */
function pairedDuties(text: string): FoundNote[] {
  const out: FoundNote[] = [];
  for (const m of text.matchAll(PAIRED_DUTY)) {
    // an item's heading run into its duty when a line break was lost (治理畜牧业产品污染由乡三农服务中心承办，…):
    // the duty begins at its 由, and the heading ends there
    const by = m[1]!.lastIndexOf("由");
    const glued = by > 0;
    const lead = splitOrgans(glued ? m[1]!.slice(by + 1) : m[1]!);
    const support = splitOrgans(m[2]!);
    // organs by name on both sides: 各单位负责，…配合 names no organ; a clause (的, 将 …) is no list
    if (!lead.length || !support.length || ![...lead, ...support].every((x) => organLike(x) && charsAtMost(x, 20) && !/[的将对把被使是为要在]/.test(x))) continue;
    const start = glued ? m.index + m[0].indexOf(m[1]!) + by : m.index + m[0].search(/[^。；;\s]/);
    const end = m.index + m[0].length;
    // the sentence goes on to name the task (…配合，强化对出口备案…。): two duties in one item each name their own
    const names = glued ? "" : /^[^。；;！？!?]*/.exec(text.slice(end))![0].trim();
    out.push({ start, end, raw: text.slice(start, end).trim(), note: { ...empty(), lead, support, namesLead: true }, kept: true, ...(names ? { names } : {}) });
  }
  return out;
}

/**
 * A duty written as the end of the item's sentence, the lead after 由 and those it works with after
 * 会同 (a State Council or provincial 分工 text): …的问题，由国土资源部会同农业部等部门负责落实。 /
 * 由发展改革委会同中央农办、农业部…等部门研究提出落实意见. Group 1 the lead, group 2 the others,
 * then the verb that sets them to work. Tried on the text folded to Simplified (會同 → 会同).
 */
const JOINT_DUTY = /由([^，,。；;（）()：:“”\n]{2,30}?)会同([^，,。；;（）()：:“”\n]{2,200}?)(?=负责|研究|共同|抓紧|制定|落实|推进|组织|提出|做好|抓好|办理|承担|按照|按职责)/g;
/** A sentence's end: the text before a duty that has one is past the item's heading */
const FIRST_SENTENCE_ENDED = /[。；;！？!?\n]/;
/** The verb phrase that closes a duty's sentence (负责落实。, 研究提出落实意见。), no clause after it */
const CLOSING_VERB_PHRASE = /^[^，,。；;！？!?\n]{0,14}(?:[。；;！？!?\n]|$)/;
/** 等部门, 等有关单位 closing the list of those 会同 names */
const JOINT_ETC = /等(?:有关|相关)?(?:部门|单位)$/;

/** The duties of a text written as 由X会同Y…负责 (JOINT_DUTY); the text and its heading keep them. */
function jointDuties(text: string): FoundNote[] {
  const out: FoundNote[] = [];
  for (const m of toSimplified(text).matchAll(JOINT_DUTY)) {
    // the item's own sentence (its heading), closed by the duty's verb phrase: a 由…会同… sentence
    // further on describes the work (r8 beijing: …的试点探索，由市经信局会同…组织做好…，积累…), it assigns no item
    if (FIRST_SENTENCE_ENDED.test(text.slice(0, m.index)) || !CLOSING_VERB_PHRASE.test(text.slice(m.index + m[0].length))) continue;
    // (offsets carry over: folding keeps one character for one)
    const lead = splitOrgans(text.slice(m.index + 1, m.index + 1 + m[1]!.length));
    // (the others as written, less a closing 等部门 found on their folded form)
    const others = text.slice(m.index + 3 + m[1]!.length, m.index + m[0].length);
    const etc = JOINT_ETC.exec(m[2]!);
    const support = splitOrgans(etc && etc.index > 0 ? others.slice(0, etc.index) : others);
    if (lead.length !== 1 || !support.length || ![...lead, ...support].every((x) => organLike(x) && charsAtMost(x, 20) && !/[的将对把被使是为要在]/.test(x))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, raw: text.slice(m.index, m.index + m[0].length), note: { ...empty(), lead, support, namesLead: true }, kept: true, closesSentence: true });
  }
  return out;
}

/**
 * A duty that closes the item's first sentence, after a comma (…结婚登记办理,由民政局负责落实。, …,由团市委和属地负责):
 * group 1 those who carry it out. The heading runs through it, as a 会同 duty's does.
 */
const CLOSING_DUTY = /[，,]由([^，,。；;（）()：:“”\n]{2,40}?)负责(?:落实|实施|组织实施|执行|办理)?$/;

function closingDuty(text: string): FoundNote | null {
  const end = text.search(/[。；;]/);
  const first = end < 0 ? text.trimEnd() : text.slice(0, end);
  const m = CLOSING_DUTY.exec(first);
  if (!m) return null;
  const lead = splitOrgans(m[1]!, { conjunctions: true });
  // (organs, or a level's places, 属地: no verb phrase, 由于… or 由他们… is no organ)
  if (!lead.length || !lead.some((x) => organLike(x)) || !lead.every((x) => charsAtMost(x, 20) && !/[的将对把被使是为要在他她们]/.test(x))) return null;
  const start = m.index + 1;
  return { start, end: m.index + m[0].length, raw: text.slice(start, m.index + m[0].length), note: { ...empty(), lead, namesLead: true }, kept: true, closesSentence: true };
}

/**
 * People given the item's work in its first sentence, as a school's or a small unit's plan names them
 * (…,此项工作由延洪全同志负责 / 由汤宝安同志牵头,胡连琼和李育林两位同志负责): who leads (牵头) is the
 * leader, who carries it out (负责) the owners. Group 1 the names, group 2 the verb.
 */
const PERSON_DUTY_G = /(?:由|[，,])([\u4e00-\u9fa5]{2,3}(?:[和、][\u4e00-\u9fa5]{2,3}){0,4})(?:[两二三四五六]位)?同志(牵头|负责)/g;

function personDuties(text: string): FoundNote | null {
  const end = text.search(/[。；;]/);
  const first = end < 0 ? text : text.slice(0, end);
  const owners: string[] = [];
  const leaders: string[] = [];
  let start = -1;
  let stop = -1;
  for (const m of first.matchAll(PERSON_DUTY_G)) {
    const names = m[1]!.split(/[和、]/);
    (m[2] === "牵头" ? leaders : owners).push(...names);
    if (start < 0) start = m.index + 1;
    stop = m.index + m[0].length;
  }
  if (start < 0 || (!owners.length && !leaders.length)) return null;
  return {
    start, end: stop, raw: text.slice(start, stop),
    note: { ...empty(), owner: owners.length ? owners.join("、") : null, leader: leaders.length ? leaders.join("、") : null },
    kept: true, closesSentence: true,
  };
}

/**
 * A paragraph that opens with the organ it assigns and a colon, then the duty (省应急厅：应急避难设施
 * 建设等相关工作迎查资料。): the organ leads, the duty names the task. Not a label (联系人：), a
 * number (市教育局：0571-…) or a bare colon line (各单位：).
 */
const ORGAN_DUTY = /(?:^|[。；;])([^：:，,。；;（）()“”0-9]{2,30})[：:]\s*/;

/**
 * A form's or a plan's field label that ends like an organ (编制单位：, 发布机关：, 所在单位：, 施工单位：,
 * an approval's 项目单位：, a meeting's 参加单位：/参会单位：/列席单位：):
 * what the value after it is, a verb or a role before 单位/部门/机关, and no organ of its own.
 */
export const FIELD_LABEL = /^(?:编制|编写|起草|制定|制发|印发|发布|发文|成文|填报|报送|申报|推荐|报名|所在|工作|用人|建设|施工|设计|监理|参建|供稿|来源|项目|申请|联系|聯繫|参加|參加|参会|參會|出席|列席)(?:单位|部门|机关|機關|單位|部門)$/;

/**
 * An event's organisers as an item of its own (（一）主办：蚌埠学院团委, 二、承办单位：…): who holds the
 * event, a field of the notice — not a duty whose item the note would leave without a heading.
 */
export const ORGANISER_ITEM = /^[\s\u3000]*(?:主办|承办|协办|主辦|承辦|協辦)(?:单位|單位)?[：:]/;

/** An article's caption in brackets, all its line holds (第十条　（考评单位）): its heading, no organ in a note */
export const CAPTION_ONLY = /^[\s\u3000]*[（(][^（）()：:，,。；;]{1,20}[）)][\s\u3000]*$/;

/** A contact after an organ's colon: a name, then a telephone label or its digits (张三，电话：…, 李四 0591-…) */
const CONTACT_AFTER = /^[\u4e00-\u9fa5]{2,4}(?:[，,、；;\s]*(?:同志)?[，,、；;\s]*(?:联系)?(?:电话|手机|座机|[（(]?[0-9]{3,}))/;

/** Words no organ's name holds but a label or a clause does */
const DUTY_WORDS = /牵头|牽頭|责任|責任|负责|負責|配合|协同|協同|协办|任务|完成|推进|落实|[的将对把被使是为要]/;

/** A holder word with no organ's name before it (单位, 部门): a form's field, not an organ */
const HOLDER_ALONE = /^(?:单位|單位|部门|部門|机关|機關|科室|处室|单位名称|填报单位)$/;

function organDuty(text: string): FoundNote | null {
  // (at the start, or after a heading run in with it: 提报资料的部门及相关内容。省应急厅：…)
  const m = ORGAN_DUTY.exec(text);
  if (!m) return null;
  const start = m.index + (/^[。；;]/.test(m[0]) ? 1 : 0);
  const lead = splitOrgans(m[1]!);
  const duty = text.slice(m.index + m[0].length).replace(/[。；;\s]+$/, "");
  // (an organ's name holds no role word or task word: 完成各项工作任务责任单位: is a label glued to text)
  // (nor is a team, 专家团队：每个镇…: a group of people a plan describes, not an organ given a duty; nor is
  // a contact, 省教育厅：张三，电话：0591-…: a person and a number are no duty)
  if (CONTACT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return null;
  // (nor is a form's row of empty fields, 单位: 联系人: 联系电话: — a holder word alone, another label after it)
  if (HOLDER_ALONE.test(m[1]!.trim()) || /^[^，,。；;]{0,12}[：:]/.test(text.slice(m.index + m[0].length))) return null;
  if (!lead.length || roleOf(m[1]!) || DUTY_WORDS.test(m[1]!) || FIELD_LABEL.test(m[1]!.trim()) || /团队$/.test(m[1]!.trim()) || !lead.every((x) => isOrganLine(x)) || !charsAtMost(lead.join(""), 30) || duty.length < 4 || !/^[\u4e00-\u9fff《“]/.test(duty)) return null;
  // (the line keeps its organ: the note is read from it, nothing is cut out)
  return { start, end: m.index + m[0].length, raw: text.slice(start, m.index + m[0].length).trim(), note: { ...empty(), lead, namesLead: true }, names: duty, kept: true };
}

/** A development zone named as an organ in a task's list (荆州开发区, 高新区, 经开区) */
const ZONE = /^[\u4e00-\u9fff]{0,8}(?:开发区|高新区|经开区|新区|示范区|保税区|工业园区)$/;
/** What may stand before a note that is only organs: a sentence's end, a line break, or nothing */
const BEFORE_BARE_NOTE = /(?:^|[。；;！!？?\n])\s*$/;
/** What may follow it: the text's end, after a closing stop */
const AFTER_BARE_NOTE = /^[。；;\s]*$/;

/**
 * An organ's name by its 机关 suffix (农委, 地税局; a bracketed alias after it allowed), or a group of
 * places (各市(县), 各县区): the looser ends a note's organs may take (行, 会, 社) would read (试行) as one.
 */
const bareOrgan = (x: string): boolean => ORGAN_SUFFIX.test(withoutAlias(x)) || isOrganLine(x) || EACH_PLACE.test(x);
/** A name that reads as a whole organ or a level's places (县农业农村局, 各县（市、区）): a name a page's cut shortened (县农业农, 市) reads as neither */
export const namesOrgan = (x: string): boolean => organLike(x) || EACH_PLACE.test(x);
/** Words of an aside that may still end in an organ's suffix: （以下简称市联席办）, （含开发区管委会） */
const ASIDE_WORDS = /简称|以下|包括|含|即|详见|如/;
/** 各市(县), 各县区, 各乡镇(街道): each of a level's places — the place words alone (各县区分步组织实施 is a sentence) */
const EACH_PLACE = /^各[省市县区州盟旗镇乡街][省市县区州盟旗镇乡街道办事处（）()、]{0,11}$/;

/**
 * A note of organs alone, no role word, closing an item after its last sentence —
 * `…增长11.5%。（市发改委、财政局，无锡国税局、地税局）`, or before its closing stop when it names two or more, or on a line of its own: a task division's
 * way of naming who carries the item out (责任单位 written without its label). Every piece must be an
 * organ's name, so an aside (（以下简称…）, （2022—2024年）, （含开发区）) is never one.
 */
function bareOrganNote(text: string, open: number, close: number): NoteFields | null {
  if (!AFTER_BARE_NOTE.test(text.slice(close + 1))) return null;
  // (…or before the item's closing stop, when it names two organs or more: 地区生产总值增长11%(市发改委,各县市区政府,荆州开发区)。
  // — one organ there may be the sentence's own aside)
  const afterSentence = BEFORE_BARE_NOTE.test(text.slice(Math.max(0, open - 8), open));
  const inner = text.slice(open + 1, close).trim();
  if (!inner || !charsAtMost(inner, 80) || /[0-9０-９：:的]/.test(inner) || ASIDE_WORDS.test(inner)) return null;
  const items = splitOrgans(inner, { conjunctions: true });
  if (!items.length || (!afterSentence && items.length < 2)) return null;
  // (a list of two or more may also name a group, 市政府相关部门, or a development zone, 荆州开发区)
  if (!items.every((x) => charsAtMost(x, 30) && (bareOrgan(x) || (items.length >= 2 && (organLike(x) || ZONE.test(x)))))) return null;
  return { ...empty(), lead: items };
}

/**
 * Every responsibility note in a text, in order: bracketed asides anywhere (several per item are
 * common: each closes its own sentence), a labelled note after the last sentence (…。责任单位：X),
 * or a 牵头…配合 sentence ending the text. One pass over the text.
 */
export function findNotes(text: string): FoundNote[] {
  const out: FoundNote[] = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const kind = BRACKET[text.charCodeAt(i)]!;
    if (kind === 0) continue;
    if (kind === 1) {
      if (depth++ === 0) open = i;
    } else if (depth > 0) {
      if (--depth === 0) {
        const note = parseNote(text.slice(open + 1, i)) ?? bareOrganNote(text, open, i);
        if (note) out.push({ start: open, end: i + 1, raw: text.slice(open, i + 1), note });
      }
    }
  }
  // a note whose closing bracket never comes (a page cut inside it): it runs to the end of the
  // text — unless a sentence ends inside it, which says the bracket was only left open
  if (depth > 0 && !/[。！？!?]/.test(text.slice(open + 1).replace(/[。！？!?\s]+$/, ""))) {
    // (cut inside a clause, 省发展改革委牵头,省工业和信息化厅、省: the clauses before the cut are read)
    const rest = text.slice(open + 1);
    const cut = Math.max(rest.lastIndexOf("，"), rest.lastIndexOf(","), rest.lastIndexOf("；"), rest.lastIndexOf(";"));
    const note = parseNote(rest) ?? (cut > 0 ? parseNote(rest.slice(0, cut)) : null);
    if (note) out.push({ start: open, end: text.length, raw: text.slice(open).trimEnd(), note });
  }
  // a labelled note without brackets runs to the end of the text from a sentence boundary
  const last = out[out.length - 1]?.end ?? 0;
  // the unanchored pattern rescans to the end from every sentence: only tried when a colon is there
  const tail = text.slice(last);
  // the first role label after a sentence boundary from which the text runs to its end on one
  // line (资源申请：按照…。责任单位：X完成时限：… — an earlier label of another kind is passed over)
  if (/[：:]/.test(tail)) {
    // (a label glossed with pinyin, 責(zé)任單位:, is found through its masked glosses)
    const glossed = tail.includes("(");
    for (const m of (glossed ? maskPinyin(tail) : tail).matchAll(glossed ? BARE_LABEL_GLOSSED : BARE_LABEL)) {
      const label = glossed ? m[1]!.replaceAll(GLOSS_MASK, "") : m[1]!;
      if (label.length < 2 || label.length > 10 || (!roleOf(label) && !/分工/.test(label))) continue;
      // (after a comma only a duty's own label, 牵头部门/责任单位/配合单位: …运动会的主办单位：…，承办单位：… names an event's hosts)
      if (/[，,]/.test(tail[m.index - 1] ?? "") && !GLUED_ROLE_LABEL.test(label)) continue;
      const at = m.index + m[0].indexOf(m[1]!);
      if (tail.includes("\n", at)) continue;
      const note = parseNote(tail.slice(at));
      if (!note) continue;
      out.push({ start: last + at, end: text.length, raw: tail.slice(at).trim(), note });
      return out;
    }
    // a role label glued to the words before it, a line break lost (…拓扑图责任单位：X完成时限：Y,
    // …增长7%以上责任单位:区发展和改革局): a note running to the end of the text that states its
    // deadline, or names only organs
    // (where the last line break and the last deadline label stand, found once: each label asks
    // whether its rest holds one, and a long line of labels asked it of the whole rest each time)
    const lastBreak = tail.lastIndexOf("\n");
    let lastDeadline = -1;
    for (const d of tail.matchAll(GLUED_DEADLINE_G)) lastDeadline = d.index;
    for (const m of tail.matchAll(GLUED_LABEL)) {
      const label = gluedNoteLabel(m[1]!);
      if (!label || !roleOf(label)) continue;
      const at = m.index + m[1]!.length - label.length;
      if (lastBreak >= at) continue;
      const rest = tail.slice(at);
      const dated = lastDeadline >= at;
      // undated: a role label (牵头/责任/配合/协同 + 单位/部门) glued to a word of the text, not to a
      // stray numeral (：一责任单位：) nor inside a phrase (运动会的主办单位：), its value a short list
      const undated = !dated && m[1]!.length - label.length >= 2 && GLUED_ROLE_LABEL.test(label) && !/[的之]$/.test(m[1]!.slice(0, -label.length)) && rest.length <= 200 && !/[。；;]/.test(rest);
      if (!dated && !undated) continue;
      const note = parseNote(rest);
      if (!note || (dated ? !note.deadline : note.deadline || ![...note.lead, ...note.support].every(organLike))) continue;
      out.push({ start: last + at, end: text.length, raw: rest.trim(), note });
      return out;
    }
  }
  if (!out.length || out[out.length - 1]!.end < text.replace(/[。；\s]+$/, "").length) {
    const p = phraseNote(text.slice(last));
    if (p) out.push({ ...p, start: p.start + last, end: text.length });
  }
  // no note of another kind: sentences that open with who leads and by when (only asked where 牵头
  // or 组织 stands), or a paragraph that opens with its organ and a colon
  if (!out.length && (text.includes("牵头") || text.includes("组织"))) {
    const prose = proseDuties(text);
    if (prose.length) return prose;
  }
  if (!out.length && (text.includes("配合") || text.includes("协办") || text.includes("协助")) && (text.includes("负责") || text.includes("承办"))) {
    const paired = pairedDuties(text);
    if (paired.length) return paired;
  }
  if (!out.length && (text.includes("会议") || text.includes("议定")) && (text.includes("由") || text.includes("请"))) {
    const decided = minutesDuty(text);
    if (decided) return [decided];
  }
  if (!out.length && (text.includes("会同") || text.includes("會同"))) {
    const joint = jointDuties(text);
    if (joint.length) return joint;
  }
  if (!out.length && text.includes("由") && text.includes("负责")) {
    const closing = closingDuty(text);
    if (closing) return [closing];
  }
  if (!out.length && text.includes("同志")) {
    const persons = personDuties(text);
    if (persons) return [persons];
  }
  if (!out.length && (text.includes("：") || text.includes(":"))) {
    const d = organDuty(text);
    if (d) return [d];
  }
  return out;
}

/**
 * A group heading that names who leads every item under it, a task list sorted by lead organ
 * (县示范区管委会牵头工作(8项), 市发改委负责的任务, 市教育局牵头事项): the organs, or null. Group 1 the
 * organs, then the role word and what it leads, then an optional count of items.
 */
const GROUP_LEAD = /^(.{2,40}?)(?:牵头|牽頭|负责|負責|承办|主办)(?:负责)?的?(?:工作|任务|任務|事项|事項|项目|項目)(?:$|\s{0,2}[（(]共?[0-9一二三四五六七八九十百]{1,4}[项項][）)]$)/;

export function groupLead(heading: string): string[] | null {
  // (asked of every heading: a role word's first character must stand in it before the pattern is tried)
  if (!/[牵牽负負承主]/.test(heading)) return null;
  const m = GROUP_LEAD.exec(heading.trim());
  if (!m) return null;
  const organs = splitOrgans(m[1]!, { conjunctions: true });
  return organs.length && organs.every((x) => charsAtMost(x, 30) && bareOrgan(x)) ? organs : null;
}

/**
 * A group heading that names the leader every item under it answers to, as a government work
 * report's division sorts its tasks (一、于会游市长主抓重点工作, 王建平副县长分管的工作): the leader's
 * name, or null. Group 1 the name, then the post and the verb.
 */
const GROUP_LEADER = /^([\u4e00-\u9fa5·]{2,4}?)(?:同志)?(?:常务)?副?(?:省长|市长|县长|区长|州长|旗长|书记|秘书长|主任|局长|镇长|乡长)(?:主抓|牵头|负责|分管|联系|主管)的?(?:重点)?(?:工作|任务|事项|项目)/;

export function groupLeader(heading: string): string | null {
  // (asked of every heading: a post's last character must stand in it before the pattern is tried)
  if (!/[长记任]/.test(heading)) return null;
  return GROUP_LEADER.exec(heading.trim())?.[1] ?? null;
}

/** Text with the notes cut out. */
export function withoutNotes(text: string, notes: FoundNote[]): string {
  let s = "";
  let at = 0;
  for (const n of notes) {
    s += text.slice(at, n.start);
    at = n.end;
  }
  return withoutTrailingBlanks(s + text.slice(at));
}
