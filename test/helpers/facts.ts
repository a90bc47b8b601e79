// Compare a parsed notice with a hand-written oracle (fixtures/NAME.facts.json): the facts a
// reader checked by eye, independent of the parser's own expected output.
import type { Notice, Section } from "../../src/model/schema.js";

export interface FactSection {
  marker: string | null;
  heading: string;
  children?: FactSection[];
}

export interface Facts {
  issuer?: string | null;
  docNumber?: Notice["header"]["docNumber"];
  title?: string | null;
  docType?: string | null;
  recipients?: string[];
  secrecy?: string | null;
  urgency?: string | null;
  signer?: string | string[] | null;
  signatureDate?: string | null;
  cc?: string[];
  ccUp?: string[];
  printedBy?: { organ: string; date: string | null } | null;
  attachments?: Array<{ label: string; title: string }>;
  sections?: FactSection[];
  parts?: Array<{ title: string | null; sections?: FactSection[] }>;
  tables?: Array<{ caption: string | null; columns: string[]; rows: string[][] }>;
  tasks?: Array<{ task: string; deadline?: string | null; lead?: string[]; support?: string[]; leader?: string | null; owner?: string | null }>;
}

export function outline(sections: Section[]): FactSection[] {
  return sections.map((s) => ({ marker: s.marker, heading: s.heading, children: outline(s.children) }));
}

export function normalizeOutline(f: FactSection[] | undefined): FactSection[] {
  return (f ?? []).map((s) => ({ marker: s.marker, heading: s.heading, children: normalizeOutline(s.children) }));
}

/** The notice reduced to the shape of a facts file, so one toEqual shows every difference. */
export function factsOf(doc: Notice, facts: Facts): Facts {
  const out: Facts = {};
  const signer = doc.header.signer;
  const map: Record<keyof Facts, () => unknown> = {
    issuer: () => doc.header.issuer,
    docNumber: () => doc.header.docNumber,
    title: () => doc.header.title,
    docType: () => doc.header.docType,
    recipients: () => doc.header.recipients,
    secrecy: () => doc.header.secrecy,
    urgency: () => doc.header.urgency,
    signer: () => (Array.isArray(facts.signer) ? signer : (signer[0] ?? null)),
    signatureDate: () => doc.signature?.date ?? null,
    cc: () => doc.cc,
    ccUp: () => doc.ccUp,
    printedBy: () => (doc.printedBy ? { organ: doc.printedBy.organ, date: doc.printedBy.date } : null),
    attachments: () => doc.attachments.map((a) => ({ label: a.label, title: a.title })),
    sections: () => outline(doc.sections),
    parts: () => doc.parts.map((p) => ({ title: p.title, sections: outline(p.sections) })),
    tables: () => doc.tables.map((t) => ({ caption: t.caption, columns: t.columns, rows: t.rows })),
    tasks: () =>
      doc.tasks.map((t, i) => {
        const want = facts.tasks?.[i] ?? {};
        const o: Record<string, unknown> = { task: t.task };
        for (const k of ["deadline", "lead", "support", "leader", "owner"] as const) if (k in want) o[k] = t[k];
        return o;
      }),
  };
  for (const key of Object.keys(facts) as Array<keyof Facts>) {
    if (map[key]) (out as Record<string, unknown>)[key] = map[key]();
  }
  return out;
}

export function normalizeFacts(f: Facts): Facts {
  const out: Facts = { ...f };
  if (f.sections) out.sections = normalizeOutline(f.sections);
  if (f.parts) out.parts = f.parts.map((p) => ({ title: p.title, sections: normalizeOutline(p.sections) }));
  return out;
}
