// The document model: the one public contract. Every TypeScript type in kexie comes from here
// (z.infer); schemas/notice.schema.json is generated from it (npm run schema).
// Field names follow GB/T 9704-2012 elements and GB/T 33480-2016 metadata; the README maps them.
import { z } from "zod";
import { FORMATS } from "./formats.js";
import { DIAGNOSTIC_CODES } from "./diagnostics.js";

export { SCHEMA_VERSION } from "./version.js";

const Line = z.number().int().min(1).describe("1-based line in the source file");
const Column = z.number().int().min(1).describe("1-based column in the source file");
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe("ISO date yyyy-mm-dd");

export const DiagnosticSchema = z.object({
  severity: z.enum(["error", "warning", "info"]),
  code: z.enum(DIAGNOSTIC_CODES).describe("stable machine-readable code, e.g. numbering-gap; listed in the README"),
  message: z.string(),
  line: Line,
  column: Column,
});

export const DocNumberSchema = z
  .object({
    raw: z.string().describe("发文字号 as written"),
    prefix: z.string().nullable().describe("机关代字, e.g. 扬科协字"),
    year: z.number().int().nullable(),
    serial: z.number().int().nullable().describe("发文顺序号"),
  })
  .describe("发文字号");

export const ResponsibilitySchema = z.object({
  lead: z.array(z.string()).describe("牵头部门/责任单位"),
  support: z.array(z.string()).describe("配合部门/协办单位"),
  deadline: z.string().nullable().optional().describe("完成时限 written in the note"),
  raw: z.string().describe("the note as written"),
});

export const TargetSchema = z
  .object({
    text: z.string().describe("the target as written, comparator words included: 不少于2次, 1-2个, 8%以上"),
    min: z.number(),
    max: z.number().describe("equal to min unless a range (1-2个, 一至两个) is written"),
    unit: z.string().describe("unit as written (个, 次, 名, 人次, 户, %, 元); 万/亿 are folded into the numbers"),
    comparator: z.enum(["≥", "≤", ">", "<", "≈"]).nullable().describe("不少于/以上 ≥, 控制在…以内 ≤, 力争/左右 ≈ (a goal); null when stated plainly"),
    span: z.tuple([z.number().int().min(0), z.number().int().min(0)]).describe("[start, end) offsets of text in the task, or in the section's heading + \"\\n\" + text"),
  })
  .describe("量化指标: a quantitative target");

export const SectionSchema = z.object({
  marker: z
    .string()
    .nullable()
    .describe('numbering as written: "一、", "（二）", "3、", "①", "一是"; null for an unnumbered group heading'),
  style: z.string().nullable().describe("numbering family, e.g. chinese-comma, chinese-paren, arabic-dot"),
  ordinal: z.number().int().nullable(),
  level: z.number().int().min(1).describe("depth in this document's tree"),
  heading: z.string(),
  text: z.string().describe("the section's own body, heading and children excluded"),
  line: Line,
  column: Column,
  responsibility: ResponsibilitySchema.nullable().optional(),
  targets: z.array(TargetSchema).optional().describe("量化指标 in heading and text; present only when there are some"),
  get children(): z.ZodArray<typeof SectionSchema> {
    return z.array(SectionSchema);
  },
});

export const TableSchema = z.object({
  caption: z.string().nullable(),
  columns: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  line: Line,
  rowLines: z.array(Line).optional().describe("source line of each row"),
  part: z.number().int().nullable().describe("index into parts, null for the covering notice"),
});

export const DueSchema = z.object({
  from: z.number().int().min(1).max(12).describe("first month"),
  to: z.number().int().min(1).max(12).describe("last month"),
  year: z.number().int().nullable().optional().describe("the document's year the months belong to (发文字号, 成文日期 or title)"),
});

export const TaskSourceSchema = z.union([
  z.object({ table: z.number().int().min(0), row: z.number().int().min(0) }),
  z.object({ section: z.string().describe("the item's path (一、/（二）); \"\" for a note in the text before the first numbered item"), part: z.number().int().nullable() }),
]);

export const TaskSchema = z.object({
  seq: z.string().nullable(),
  task: z.string(),
  deadline: z.string().nullable(),
  due: DueSchema.nullable(),
  lead: z.array(z.string()),
  support: z.array(z.string()),
  leader: z.string().nullable().describe("分管领导"),
  owner: z.string().nullable().describe("责任人"),
  notes: z.string().nullable().describe("备注"),
  extra: z.record(z.string(), z.string()).describe("columns kexie does not recognise, by header"),
  group: z.string().nullable().describe("the group row above it, e.g. 一、党建工作"),
  source: TaskSourceSchema,
  line: Line,
  targets: z.array(TargetSchema).optional().describe("量化指标 in the task text (always written by the parser)"),
});

export const AttachmentSchema = z.object({
  label: z.string().describe('"附件1", "附件", "附"'),
  title: z.string(),
  /** how it is sent, as the 附件说明 writes it after the title: not part of its name */
  note: z.string().optional().describe('how the attachment is sent, as written after its title: "（另发）", "（略）", a download hint "（请点击下载）", the file\'s extension ".docx"; present only when written'),
  line: Line,
});

export const PartSchema = z.object({
  label: z.string().nullable().describe('the attachment label above it ("附件1"), if any'),
  title: z.string().nullable(),
  subtitle: z.string().nullable(),
  author: z.string().nullable().describe("speaker or reporter"),
  date: IsoDate.nullable(),
  dateText: z.string().nullable(),
  docNumber: DocNumberSchema.nullable(),
  recipients: z.array(z.string()),
  preamble: z.array(z.string()),
  sections: z.array(SectionSchema),
  signature: z
    .object({ issuer: z.string().nullable(), date: IsoDate.nullable(), dateText: z.string().nullable() })
    .nullable(),
  line: Line,
});

export const NoticeSchema = z.object({
  schemaVersion: z.string(),
  source: z.object({
    path: z.string().nullable(),
    format: z.enum(FORMATS),
    encoding: z.string(),
    bytes: z.number().int().min(0),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  header: z.object({
    copyNumber: z.string().nullable().describe("份号"),
    secrecy: z.string().nullable().describe("密级: 绝密 / 机密 / 秘密"),
    secrecyPeriod: z.string().nullable().describe("保密期限, e.g. 1年"),
    urgency: z.string().nullable().describe("紧急程度"),
    masthead: z.string().nullable().describe("发文机关标志 as written, e.g. 连云港市科学技术协会文件"),
    issuer: z.string().nullable().describe("发文机关"),
    docNumber: DocNumberSchema.nullable(),
    signer: z.array(z.string()).describe("签发人"),
    title: z.string().nullable().describe("标题"),
    docType: z.string().nullable().describe("文种"),
    recipients: z.array(z.string()).describe("主送机关"),
    author: z.string().nullable().optional().describe("speaker or reporter of a standalone speech or report"),
    subtitle: z.string().optional().describe("副标题 under the title (——…), when there is one"),
    indexNumber: z.string().nullable().optional().describe("索引号 of an info-disclosure page"),
    publishedDate: IsoDate.nullable().optional().describe("发布日期 of a web page"),
    subject: z.string().nullable().optional().describe("主题分类"),
  }),
  preamble: z.array(z.string()),
  sections: z.array(SectionSchema),
  attachments: z.array(AttachmentSchema).describe("附件说明"),
  signature: z
    .object({
      issuer: z.string().nullable().describe("发文机关署名"),
      date: IsoDate.nullable().describe("成文日期"),
      dateText: z.string().nullable(),
    })
    .nullable(),
  annotation: z.string().nullable().describe("附注, e.g. （此件公开发布）"),
  cc: z.array(z.string()).describe("抄送机关"),
  ccUp: z.array(z.string()).describe("抄报机关"),
  keywords: z.array(z.string()).describe("主题词 (older notices)"),
  printedBy: z
    .object({ organ: z.string(), date: IsoDate.nullable(), dateText: z.string().nullable() })
    .nullable()
    .describe("印发机关和印发日期"),
  parts: z.array(PartSchema),
  glossary: z.array(z.object({ term: z.string(), definition: z.string(), line: Line })),
  tables: z.array(TableSchema),
  tasks: z.array(TaskSchema),
  diagnostics: z.array(DiagnosticSchema),
});

export type Notice = z.infer<typeof NoticeSchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type DocNumber = z.infer<typeof DocNumberSchema>;
export type Part = z.infer<typeof PartSchema>;
export type Table = z.infer<typeof TableSchema>;
export type Task = z.infer<typeof TaskSchema>;
export type Attachment = z.infer<typeof AttachmentSchema>;
export type Responsibility = z.infer<typeof ResponsibilitySchema>;
export type Due = z.infer<typeof DueSchema>;
export type Target = z.infer<typeof TargetSchema>;
export type Section = z.infer<typeof SectionSchema>;

export function noticeJsonSchema(): object {
  return z.toJSONSchema(NoticeSchema, { target: "draft-2020-12" });
}
