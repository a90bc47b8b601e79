// 附件 (attachment) lines, as the closing, the part finder and the document assembler read them.
// Four shapes, four jobs; kept together so a new spelling is added in one place.

/** 附件：… or 附：… in the 附件说明 under the body (its colon may be the small ﹕, or missing before the first number: 附件1.…名单),
 *  or one attachment a line with its number (附件1:汇总表.xlsx / 附件2:…), or a page's download link to its file (附件下载: 分解表.doc);
 *  its label letter-spaced (附 件:) or with a page's remark before the colon (附件(请点击下载查看):);
 *  group 2 is what follows the label. */
export const ATTACHMENT_LINE = /^(附[ \u3000]?件(?:[1-9][0-9]?(?=\s*[：:﹕])|下载(?=\s*[：:]\s*[^：:]{2,80}\.(?:docx?|xlsx?|wps|pdf|ofd|zip|rar|et)$)|[（(][^（）()：:]{1,12}[）)](?=\s*[：:]))?|附)\s*(?:[：:﹕]\s*|(?=[1-9][.．、]\s*[\u4e00-\u9fff《]))(.*)$/;

/** A label alone on its line, opening an appended part: 附件, 附件2, 附件：, 附 */
export const ATTACHMENT_LABEL = /^(附件\s*[0-9０-９一二三四五六七八九十]*|附)\s*[：:]?$/;
/** An attachment's number alone on its line, its title on the next (附件: / 1. / 报名表.docx: a page's download links) */
export const LONE_ITEM_NUMBER = /^[0-9０-９]{1,2}[.．、]$/;

/** A label that holds the part's title on the same line: 附件1：重点任务分解表 */
export const ATTACHMENT_INLINE = /^(附件\s*[0-9０-９]*|附)\s*[：:]\s*(\S.{1,60})$/;

/** The title named by a 附件说明 line, its number dropped (附件：1. 清单 → 清单); group 1 */
export const ATTACHMENT_TITLE = /^附件?\s*[0-9]*\s*[：:]\s*(?:[0-9]+[.．、]\s*)?(.+)$/;

/** Lines that open the closing block (附件说明, 抄送, 抄报, 主送, 印发): never a continuation of the line above */
export const CLOSING_LABEL_START = /^(附件|附[:：]|抄送|抄报|主送|印发)/;

/** 抄送 in the 版记, and the short forms 抄： and 送： of older or smaller offices; group 2 is the list */
export const CC_LINE = /^(抄\s*送|抄|送)\s*[：:]\s*(.*)$/;

/** 抄报 (to superiors), and the short form 报：; group 2 is the list */
export const CC_UP_LINE = /^(抄\s*[报報]|[报報])\s*[：:]\s*(.*)$/;

/** A line saying another office sealed on the issuer's behalf, between signature and date: （代章）, 市政府办公室代印 */
export const SEALED_ON_BEHALF = /^[（(]?[\u4e00-\u9fa5]{0,24}(代章|代印|代行|代盖)[）)]?$/;

/**
 * What a 附件说明 writes after an attachment's title that is not its name (group 1): how it is sent
 * (（另发）, （另行印发）, （略）), a page's download hint (（请点击左下角链接下载）, 点击下载) or the
 * attached file's extension (.docx, .pdf), or its web address run on after it (…的通知http://www.moe.gov.cn/…html) — where
 * the attachment is, not what it is called.
 */
export const TITLE_NOTE = /(?:\s*[（(](?:另发|另行印发|另行下发|另文印发|另行通知|另附|略|请?点击[^（）()]{0,12}下载|下载)[）)]|\s*[（(]?请?点击下载[）)]?|\.(?:docx?|xlsx?|wps|et|pdf|ofd|ceb|zip|rar|txt|pptx?|jpe?g|png)|\s*(?:https?:\/\/|www\.)[!-~]{4,300})$/i;

/**
 * A file's name as a page's download link ends (….docx, ….pdf, ….wps): below an 附件 label it is
 * the attachment's link, never the title of an attachment printed below it.
 */
// (.ceb: the Apabi format government sites still publish documents in)
export const FILE_NAME = /\.(?:docx?|xlsx?|pdf|wps|ofd|ceb|zip|rar|et)$/i;
/** A download link's date before the file's name, as a page's list of files prints it (10.16  第八期….docx, 2019-10-16 ….pdf) */
export const LINK_DATE_OPENING = /^(?:(?:19|20)[0-9]{2}[-./])?[0-9]{1,2}[-./][0-9]{1,2}[ \t\u3000]/;

/** Where a page says its attachments can be downloaded, after the 附件 label (附件:(下载地址为http://…): no attachment's title */
export const DOWNLOAD_NOTE = /^[（(]?\s*(?:下载地址|下载链接|附件下载地址|点击下载|请点击)|^[（(]?\s*https?:\/\//;

/** The label an 附件说明 line gives its attachments, as written less its spacing and remarks (附 件 → 附件, 附件(请点击下载查看) → 附件, 附件下载 → 附件) */
export const attachmentLabel = (written: string): string => written.replace(/[ \u3000]+/g, "").replace(/下载$|[（(][^（）()]*[）)]$/, "");

/** An attachment's label opening its file's name (附件1 , 附件2_, 附件3-) */
export const FILE_LABEL_OPENING = /^附件\s*[0-9]{1,2}(?:[ \u3000_-]+|[：:、.．]\s*)(?=\S)/;

/** A browser's number for a second download of one file, before the extension: (1), (2) */
export const DOWNLOAD_COPY = /[（(][1-9][）)]$/;

/** An 附件 label with its colon and nothing after it (附件:, 附件1：) */
export const LABEL_WITH_COLON = /^附件\s*[0-9]{0,2}\s*[：:]$/;
