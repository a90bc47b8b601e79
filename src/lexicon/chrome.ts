import { toSimplified, withoutPinyin } from "./traditional.js";
import { perDocument } from "./memo.js";
// Web page text that surrounds a reposted notice (breadcrumbs, publish time, view counts — 浏览:[]次 with its count left empty too —
// print/close buttons, a pager's 上一篇/下一篇 even with a page number glued before it, 3上一篇 下一篇4, a
// mirror's 阅读原文/查看原文 link, a news page's 关注微信 button and its picture's caption ((资料图片仅供参考)), a document site's paywall (消耗 1 篇…文库配额,会员有效期内无限次查看), and a
// forum thread's FORUM_CHROME). It is never part of the notice.
export const WEB_CHROME =
  /^[0-9]{0,3}[ \u3000]{0,4}(?:上一篇|下一篇)|^(当前位置|您当前的位置|您的位置|首页\s*[>＞»]|发布时间|发布日期[:：]|来源[:：]|浏览次数|浏览[:：][ \u3000]*(?:\[[ \u3000]*\]|[0-9]{1,9})[ \u3000]*次$|点击数|阅读次数|字号[:：]|【?\s*打印|【?\s*关闭|分享到|附件下载[:：]?$|相关附件[:：]?$|(?:关联|相关)稿件[:：]?$|【?\s*打印本页|扫一扫|点击上方.{0,6}关注|关注我们$|关注(?:微信|微博)(?:公众号)?$|[（(]?资料图片?(?:仅供参考)?[）)]?$|阅读原文$|查看原文$|消耗\s*[0-9]{1,3}\s*篇[^，,。\s]{0,12}配额|长按(识别)?二维码|预览时标签不可点)/;

/**
 * Page furniture that only stands above or beside an article: a site's welcome (欢迎访问…!, 您好,欢迎访问…, Hi,欢迎来到…, 免费注册,
 * 姚安县人民政府欢迎您!), a 分享 button alone, a repost's 来自: source line, a bar of site names (中国政府网 | 武汉市人民政府网),
 * a news app's prompt (打开网易新闻 查看更多图片), a site's name and address alone (百度 www.…),
 * a portal's menu of its channels (移动端应用, 政务微信, 政务微博, 智能问答, 个人中心), a pop-up's close
 * button (x alone), accessibility and
 * site tools (无障碍, 长者模式, 设为首页), breadcrumbs, counters, share and print buttons, boxes of other
 * headlines (热点新闻, 相关文章), and the tab a database or wiki page puts above the text
 * (全文, 正文, 原文 alone on the line; an info-disclosure page's 详细信息 tab and its 公开具体内容 cell, border pipes after it), a wiki's banner and skip links (维基文库，自由的图书馆 / 跳转到导航 跳转到搜索,
 * 收录于《…》: the collection a Wikisource page files the text under), a newspaper's e-paper bar (返回主页 |
 * 标题导航, 上一期 下一期), a page's error text (您访问的页面已撤稿或删除), a news agency's dateline (新华社北京7月1日电), a forum post's 发表于 line (发表于 2021-9-17 01:53:22 | 显示全部楼层), and an info-disclosure 索引号 printed without its label
 * (11330700MB10327095/2024-00144), a site's column of notices named alone (通知公告, 公示公告: two 文种 words, no
 * title); an 更新时间 label, a breadcrumb of >> steps (>>谢塘镇 >>政策文件),
 * a bare time stamp (01-15 09:43, 06.05.2014  20:16: no notice's date carries a time; also with the
 * page's tools after it, 2022-09-30 08:41:14 字号:) and a site bar that names its
 * 来源 after a space (中央政府门户网站 www.gov.cn 2006年11月23日 来源:…), and a document-sharing
 * site's blurb (DOCSITE_CHROME) or credits (SITE_CREDITS). Tried only on the opening lines, where it
 * cannot be body text.
 */
export const OPENING_CHROME =
  /^(?:[•·●▪◆■►>\-*]\s*|【\s*(?=[时日来字]))?(?:[x×✕]$|(?:(?:您好|你好|[Hh][Ii])[，,!！]?\s*)?欢迎(?:访问|来到|光临|进入)|分享$|免费注册|来自[:：]|原文地址[:：]|打开[^\s，,。]{0,8}(?:新闻|客户端|APP|App)|查看更多图片|[^\s，,。]{1,10}[ \u3000]+(?:www\.[\w.-]{2,60}|https?:\/\/[!-~]{2,200})$|(?:[^|｜\s]{2,20}(?:网|网站|门户)[ \u3000]*[|｜][ \u3000]*){1,4}[^|｜\s]{2,20}(?:网|网站|门户)$|来自[^\s，,。：:]{2,30}(?:公众号|网站|客户端|官网)$|(?:移动端|手机版|政务(?:微信|微博|抖音|头条)|智能问答|个人中心)(?:应用)?$|[^。；，,\s]{2,30}欢迎(?:您|你)[!！。]?$|设为首页|加入收藏|收藏本站|无障碍|(?:本站|网站)?已?支持\s*[Ii][Pp][Vv]6|适老化|政策解读(?:链接|[:：])|相关解读|(?:维基文库|維基文庫)[，,]\s*自由的(?:图书馆|圖書館)|跳转到(?:导航|搜索)|(?:本作品)?收录于《|长者模式|长辈版|适老版|关怀版|老年模式|简体版?|繁體版?|繁体版?|English|网站地图|网站导航|登录|注册|搜索|高级检索|政府信息公开$|信息公开$|(?:通知|公示|公告|通告)(?:公告|公示|通知|通告)$|当前位置|您当前(?:的|所在)?位置|您现在(?:所在)?的?位置|您的位置|所在位置|(?:网站)?首[页頁]\s*[>＞»›\-—/|]|字号|【?\s*字体|浏览量|浏览次数|访问量|访问次数|点击数|点击量|点击率|阅读次数|阅读量|热点新闻|热点关注|相关文章|相关新闻|推荐阅读|相关链接|上一篇|下一篇|【?\s*打印|【?\s*关闭|分享到|扫一扫|文章来源|本文来源|稿件来源|来源[:：]|信息来源|责任编辑|编辑[:：丨|]|通讯员[:：]|摄影[:：]|审核[丨|]|作者[:：]|时间[:：]|日期[:：]|发表时间|发表于|(?:文章|信息|新闻|稿件)发布(?:日期|时间)|显示全部楼层|发布时间|发布于|发布者[:：]|发布人[:：]|下载地址|核心提示|返回(?:主页|首页|列表|上一?页|顶部)|(?:标题|版面)导航|上一期|下一期|您访问的页面|页面已?(?:撤稿|删除|不存在)|(?:新华社|中新社)[\u4e00-\u9fff]{2,8}[0-9]{1,2}月[0-9]{1,2}日电|视力保护色|保护视力色|字体颜色|背景色|大\s*中\s*小|[【\[]?(?:全文|正文|原文)[】\]]?[:：]?$|详细信息$|公开具体内容[ \u3000|｜]*$|[0-9A-Z]{9,18}\s*\/\s*(?:19|20)\d{2}-\d{3,6}$)/;
/**
 * More furniture of the opening lines (see OPENING_CHROME): 更新时间, a >> breadcrumb (or one step of it
 * on a line of its own: > 政务公开), a portal's dates side by side (2023-02-24 2023-02-24: made, published), a bare time stamp,
 * a site bar naming its 来源 after a space, or a site's or organ's name (its www. address may follow)
 * then 发布时间: or 字体 (湖南省人民政府门户网站 www.hunan.gov.cn 发布时间: 2019-02-20 11:02 【字体:,
 * 江源区人民政府   发布时间:2015-08-10  信息来源:本站原创   收藏; a poster's name then 发表时间:, admin    发表时间:2017-12-04)
 */
const OPENING_CHROME_MORE =
  /^(?:更新(?:时间|日期)|[>＞»›]{1,2}\s*[^>＞»›\s]{1,20}\s*[>＞»›]|[>＞»›][ \u3000]*[^>＞»›\s。；，,：:]{1,20}$|(?:(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}[ \u3000]+){1,3}(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}$|(?:(?:19|20)[0-9][0-9][-/.])?[0-9]{1,2}[-/.][0-9]{1,2}(?:[-/.](?:19|20)[0-9][0-9])?\s+[0-9]{1,2}:[0-9][0-9](?::[0-9][0-9])?$|[^。；，,]{2,60}[\s\u3000]来源[:：]|[^。；，,\s]{2,30}[\s\u3000]{1,4}(?:www\.[^\s]{2,40}[\s\u3000]{1,4}(?:发布(?:时间|日期)[:：]|【?字[体号])|发布(?:时间|日期)[:：]|发表时间[:：]|【?字[体号]))/;
/** …and a time stamp with the page's tools after it (2022-09-30 08:41:14 字号:) */
// (…or the page's column alone after it, 2023-02-23 01:42:29 政府报告: a title never opens with a clock)
const STAMP_THEN_TOOLS = /^(?:19|20)[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s+(?:字号|来源|作者|浏览|点击|阅读|[\u4e00-\u9fff]{2,8}$)/;
/** …or a site's name, the page's time stamp and its column (公文搜 2021-07-27 18:07:48 政府报告): a notice's date carries no time */
const SITE_STAMP = /^[^\s。；，,]{1,20}[ \u3000]+(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}[ \u3000]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ \u3000]+[^\s。；，,]{1,10})?$/;
/** …or a site's two names set apart by a dash (法搜网--中国法律信息搜索网): a site bar */
const SITE_NAME_PAIR = /^[^\s，,。；]{2,20}网[ \u3000]*(?:--|—{1,2}|－{1,2}|-)[ \u3000]*[^\s，,。；]{2,30}网$/;
/** …or a date with the page's source or counters after it (2019-03-18 信息来源:市政府办公室 阅读量:) */
const DATE_THEN_SOURCE = /^(?:19|20)[0-9]{2}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?[ \t\u3000]+(?:信息来源|来源|作者|发布者|发布机构|浏览|阅读|点击|访问)/;
/** …or a date, its time too, with the page's counter after it (2014年04月04日 浏览次数:, 2019年03月28日 10:40:34 访问量:1291) */
const DATE_THEN_COUNTER = /^(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日(?:[ \t\u3000]*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?[ \t\u3000]+(?:浏览|点击|阅读|访问)(?:次数|量)?[:：]/;

/**
 * A document-sharing site's furniture (文库 pages that collect notices for download): the 简介 or
 * 摘要 blurb, a 下载本文 bar, the 第一篇: heading of each document collected, and the line that says
 * who shared the file and where to find more (《….docx》由会员分享,可在线阅读,更多相关…请在冰豆网上搜索。),
 * its 文档介绍: label and its editor's line (下面是我们的小编为大家整理的…);
 * a government page's 导读: summary above the notice it introduces.
 */
const DOCSITE_CHROME = /^(?:简介|摘要|内容简介|内容提要|导读|文档介绍)[:：]|^第[一二三四五六七八九十]{1,3}篇[:：]\S/;
/** …and its words that stand anywhere in such a line (each opens with a literal: the engine skips to where one of 下由可请 stands) */
const DOCSITE_WORDS = /下载本文|由(?:会员|用户|网友)(?:分享|上传)|可在线阅读|请在[^，,。\s]{1,10}上搜索|小编(?:为(?:大家|你|您)|给(?:大家|你|您))?(?:整理|收集|精选|编辑)/;
const docsite = (line: string): boolean => DOCSITE_CHROME.test(line) || DOCSITE_WORDS.test(line);
/** A document site's sharing line (《….docx》由会员分享,可在线阅读…): the page below is the file cut into numbered chunks */
export const isDocsiteShare = (line: string): boolean => DOCSITE_WORDS.test(line);
/**
 * The number a document site puts before each chunk of the file's text it shows (1、…, 2、…): a page
 * break of the site's, cut anywhere in a sentence or a table, not an item of the notice. Group 1 the number.
 */
export const DOCSITE_CHUNK = /^([0-9]{1,3})、/;
/**
 * A site's own credits, printed as a page's footer and, flattened, often above the article: who
 * runs the site (主办单位: 麻城市融媒体中心), who hosts it, where to send copy. Above a notice's
 * title they are no 牵头单位 note.
 */
const SITE_CREDITS = /^(?:主办单位|承办单位|协办单位|运维单位|技术支持|投稿邮箱|网站标识码|联系我们|主[ \u3000]{1,3}办|承[ \u3000]{1,3}办)[:：]/;
/**
 * A site's registration numbers (粤ICP备05022886号, 粤公网安备 44142602000113号): a page's footer, wherever
 * it stands (the letter-spaced 主 办: and 承 办: beside them are SITE_CREDITS)
 */
const SITE_REGISTRATION = /ICP备[0-9]{6,10}号|公网安备[ \u3000]*[0-9]{10,16}号/;

/**
 * A page's copyright footer, which a flattened page may print above the article (Copyright ©
 * www.selectshandong.com. All Rights Reserved / 山东省人民政府 版权所有): no title line ends so.
 */
const COPYRIGHT = /^(?:Copyright\b|©)|版权所有[\s©0-9\-—]{0,12}$|All Rights Reserved\.?$/i;
// (asked of every opening line: a word test first, the pattern only where one of its words stands)
const copyright = (line: string): boolean => {
  if (line.length > 100) return false;
  // (its first or last characters, or 版权所有 in it: the pattern is asked only then)
  const first = line.charCodeAt(0);
  const last = line.charCodeAt(line.length - 1);
  return (first === 0x43 || first === 0x63 || first === 0xa9 || last === 0x64 || last === 0x44 || last === 0x2e || line.includes("版权所有")) && COPYRIGHT.test(line);
};

/**
 * A site's category of documents printed as a heading above the article (政府文件, 规范性文件,
 * 市政府文件, 省政府办公厅文件, 自治区文件, 县本级非规范性文件): it ends in 文件 like a masthead but names no organ — a
 * level without its place is no organ's name.
 */
export const SITE_CATEGORY = /^(?:(?:[省市县区州]|自治区|自治州)?(?:人民)?政府(?:办公厅|办公室)?|自治区|自治州|部门|(?:[省市县区州]?本级|行政)?非?规范性|其他|其它|上级|本级|红头|党委|政策)文件$/;

/** A web address standing alone: the source URL line of a database export. */
export const URL_LINE = /^(?:网址|链接|原文链接|来源网址)?[:：]?\s*(?:https?:\/\/|www\.)\S+$/i;

/**
 * A forum thread's buttons and post lines around a reposted notice: 回复, 使用道具 举报, 回复 列表 顶部,
 * 某某 发表于 2021-9-17 15:56:55 …, Powered by Discuz!, a moderator's mark (— 本帖被 超微星 执行加亮操作(2016-01-26) —,
 * 本帖最后由 某某 于 2016-1-26 10:00 编辑), 只看楼主, 上一主题 下一主题, the prompt to log in (您需要 登录 才可以下载或查看), and an
 * archived thread's pager and link (页: [1], 查看完整版本: …). Short lines only, asked where 发表于
 * stands or a button's word opens the line.
 */
const FORUM_CHROME = /^您需要\s*登录\s*才可以|^页[:：]\s*\[[0-9]{1,4}\]|^查看完整版本[:：]|^(?:回复|使用道具\s*举报|回复\s*列表\s*顶部|评论\s*[0-9]{1,5})$|^[^。；，\s]{0,20}\s*发表于\s*(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}|^Powered by Discuz|^[—-]{0,2}\s*本帖(?:被\s*\S{1,20}\s*执行|最后由\s*\S{1,20}\s*于\s*(?:19|20)[0-9]{2})|^只看楼主|^上一主题\s*下一主题$/;
const FORUM_OPENING = /^(?:您需要|回复|使用道具|评论|Powered|[—-]{0,2}\s*本帖|只看楼主|上一主题|页[:：]|查看完整版本)/;
const forum = (line: string): boolean => line.length <= 120 && (FORUM_OPENING.test(line) || line.includes("发表于")) && FORUM_CHROME.test(line);

/** An HTML tag or comment as a page's source leaves it in copied text (<p id="h4sia">, </td>, <!-- INFO END -->) */
const MARKUP_TAG_G = /<!--[^<>]{0,200}-->|<\/?[A-Za-z][^<>]{0,200}>/g;
/** What may stand beside the tags on a line of them, spaces taken out: a list's bullet or number the page rendered (• , 1. ) */
const MARKUP_LEFTOVER = /^[•·●▪*-]?(?:[0-9]{1,3}[.、．])?$/;

/**
 * A line of markup alone — a mirror site's junk elements, a database's <!-- INFO END --> comment —
 * with at most a list's bullet or number before it: no text of the notice (its end a > asked first).
 */
function isMarkupOnlyRead(line: string): boolean {
  const t = line.trimEnd();
  if (!t.endsWith(">") || t.length > 2000) return false;
  const rest = t.replace(MARKUP_TAG_G, "");
  return rest.length < t.length && MARKUP_LEFTOVER.test(rest.replace(/\s+/g, ""));
}
/** (asked of the same line by several stages: answered once per document) */
export const isMarkupOnly = perDocument(isMarkupOnlyRead);

/** An article's or chapter's number alone (第十一條, 第三章) */
const ARTICLE_NUMBER = /^第[一二三四五六七八九十百零〇]{1,6}[条條章节節]$/;

/**
 * A wiki's or law site's index of articles, their numbers alone apart on one line (第十一條 第二十一條
 * 第三十一條): links to them, no article — an article's number is followed by its text.
 */
function isArticleIndexRead(line: string): boolean {
  const t = line.trim();
  if (!t.startsWith("第") || !(t.includes(" ") || t.includes("\u3000")) || t.length > 200) return false;
  const words = t.split(/[\s\u3000]+/);
  return words.length >= 2 && words.every((w) => ARTICLE_NUMBER.test(w));
}
/** (asked of the same line by several stages: answered once per document) */
export const isArticleIndex = perDocument(isArticleIndexRead);

/** Page chrome anywhere in the notice, in Simplified or Traditional characters (發佈時間, 瀏覽次數, 發(fā)布日期). */
/** A second label of a site's footer on the line its credits open (主办单位:…办公室 联系方式:… 地址:…) */
const FOOTER_MORE = /(?:联系方式|联系电话|电话|地址|邮编|ICP|备案|网站标识码|技术支持|承办单位)[:：]?/;

function isWebChromeRead(line: string): boolean {
  if (WEB_CHROME.test(line) || forum(line) || isMarkupOnly(line) || isArticleIndex(line)) return true;
  // (a site's footer, anywhere: its credits and another of its labels on one line)
  if (SITE_CREDITS.test(line) && FOOTER_MORE.test(line.slice(5))) return true;
  if (line.length <= 120 && (line.includes("ICP备") || line.includes("公网安备")) && SITE_REGISTRATION.test(line)) return true;
  const folded = toSimplified(withoutPinyin(line));
  return folded !== line && WEB_CHROME.test(folded);
}
/** (asked of the same line by several stages: answered once per document) */
export const isWebChrome = perDocument(isWebChromeRead);

/** A site's own tools in its menu bar: a word of them marks a line of short words as the menu (学校网站 ENGLISH 旧版回顾; 首页 走进西乡 新闻中心 …) */
const SITE_TOOL_WORD = /^(?:ENGLISH|English|旧版(?:回顾|网站)?|新版|网站地图|无障碍|手机版|繁體|繁体版|简体版|登录|注册|RSS|网站导航|(?:返回|网站)?首页)$/;

/** The words of SITE_TOOL_WORD, as one gate before a line is split into its words */
const SITE_TOOL_GATE = /ENGLISH|English|版|网站|无障碍|登录|注册|RSS|首[\s\u3000]*页/;

/** A menu bar: two to nine short words apart, one of them a site's tool */
function menuLine(line: string): boolean {
  if (line.length > 60 || !(line.includes(" ") || line.includes("\u3000")) || !SITE_TOOL_GATE.test(line)) return false;
  // (首页 letter-spaced as the menu sets it, 首   页, is one word)
  const words = line.trim().replace(/^首[\s\u3000]+页/, "首页").split(/[\s\u3000]+/);
  // (a menu letter-spaced whole after its 首页, 首     页 政 务 公 开 网 上 办 事: characters, not words)
  if (words[0] === "首页" && words.length > 9 && words.every((w) => w.length <= 2 && !/[。；，,：:]/.test(w))) return true;
  return words.length >= 2 && words.length <= 9 && words.every((w) => w.length <= 8 && !/[。；，,：:]/.test(w)) && words.some((w) => SITE_TOOL_WORD.test(w));
}

/**
 * A document site's advertisement above the text it sells: its web address after 网址/官网
 * (《老笔杆子》公文库网址www.laobiganzi.com) or a WeChat account to add (添加客服微信lbgzkf1进免费材料分享群):
 * a notice's title names neither. A short line only, naming no 关于: a long one is text that mentions them,
 * one with 关于 a title run together with them (a site's own bar, 门户网站 www.…, is OPENING_CHROME_MORE's).
 */
const SITE_PROMO = /(?:网址|官网)[:：]?\s*(?:https?:\/\/|www\.)[A-Za-z0-9]|微信号?[:：]?\s*[A-Za-z][A-Za-z0-9_-]{4,}/;

/**
 * A newspaper e-paper's furniture: its page label (第2版:新闻, 第A03版：要闻), its zoom tools (放大 缩小 默认, 加大字体 缩小字体 收藏 打印) and its bar (返回本版首页 | 版面导航 | 标题导航) — and a
 * server's error page the copy kept (404 Not Found, nginx): a reprinted speech's or notice's page, none of its lines
 */
const EPAPER_CHROME = /^(?:第[0-9A-Z一二三四五六七八九十]{1,4}版[:：][ \u3000]*[\u4e00-\u9fa5A-Za-z]{1,10}|放大[ \u3000]+缩小|放大[ \u3000]+缩小[ \u3000]+默认|返回本版首页[^。；，,]{0,30}|(?:加大|减小|缩小|放大)字体[^。；，,]{0,30}|[45]0[0-9][ \u3000]+[A-Z][A-Za-z ]{1,40}|nginx|nginx\/[0-9.]{1,12})$/;

/** A page's read-aloud button, alone on its line (文章播报, 语音朗读, 【朗读】) */
const READ_ALOUD = /^[【\[]?(?:文章|语音|全文)?(?:播报|朗读)[】\]]?$/;

/**
 * A telephone number alone on its line (18983288589, 0551-64652619, 400-800-1234), or after a desk's name
 * and a colon (合作发展部: 0551-64652619): a site's hotline, never a line of a notice's header
 */
const PHONE_NUMBER = /^(?:1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}|400-?[0-9]{3}-?[0-9]{4})$/;
/** A desk's name before its number (合作发展部:) */
const DESK_LABEL = /^[\u4e00-\u9fa5]{2,12}$/;
function phoneAlone(line: string): boolean {
  const t = line.trim();
  const colon = Math.max(t.indexOf(":"), t.indexOf("："));
  return colon < 0 ? PHONE_NUMBER.test(t) : DESK_LABEL.test(t.slice(0, colon)) && PHONE_NUMBER.test(t.slice(colon + 1).trim());
}
/** A site's call to follow its account (关注官方微信,随时随地学习; 关注微信公众号): a short line, no notice's */
const FOLLOW_US = /^关注(?:官方|我们的)?(?:微信|微博|公众号|抖音)/;

/** A page's filing line: its 栏目 (column) with its stamp or counters after it (栏目:工作计划发布:2021-05-29浏览:2808下载269次收藏) */
const COLUMN_FILING = /^栏目[:：][^。；]{0,40}(?:发布|浏览|阅读|下载|点击)/;

/** A site's logo, its image's alternative text left on a line of its own (农机通logo, 中国政府网LOGO) */
const SITE_LOGO = /^[^\s，。,：:]{1,20}(?:logo|LOGO|Logo)$/;

/**
 * The line after the short cells of a tool bar a page's layout table printed before it (| 繁体 | 网站已支持ipv6…):
 * what follows them, or the line itself when it opens with no such cell.
 */
function afterToolCells(line: string): string {
  let t = line.trim();
  if (!t.startsWith("|")) return t;
  while (t.startsWith("|")) {
    const k = t.indexOf("|", 1);
    if (k < 0 || k > 12) break;
    t = t.slice(k);
  }
  return t.replace(/^\|\s*/, "");
}

/**
 * A site's banner: its name, then the same in English (汕头市政府门户网站 Shantou Municipal Government 头部), no title's
 * words — a title is never followed by a run of capitalised English words
 */
const SITE_BANNER_ENGLISH = /(?:网站|门户|网)[ \u3000]+[A-Z][a-z]+ [A-Z][a-z]+/;

/** Page furniture of the opening stretch, in Simplified or Traditional characters (首頁 > …). */
function isOpeningChromeRead(line: string): boolean {
  if (line.length <= 80 && line.includes("网") && !line.includes("关于") && SITE_BANNER_ENGLISH.test(line)) return true;
  // (a tool bar's cells before it: | 繁体 | 网站已支持ipv6)
  if (line.trimStart().startsWith("|")) {
    const rest = afterToolCells(line);
    if (rest !== "" && rest !== line.trim() && (OPENING_CHROME.test(rest) || OPENING_CHROME_MORE.test(rest))) return true;
  }
  if (OPENING_CHROME.test(line) || OPENING_CHROME_MORE.test(line) || breadcrumb(line) || STAMP_THEN_TOOLS.test(line) || DATE_THEN_COUNTER.test(line) || DATE_THEN_SOURCE.test(line) || SITE_NAME_PAIR.test(line) || (line.includes(":") && SITE_STAMP.test(line)) || docsite(line) || SITE_CREDITS.test(line) || menuLine(line) || copyright(line) || READ_ALOUD.test(line) || (line.length <= 40 && EPAPER_CHROME.test(line.trim())) || (line.startsWith("栏目") && COLUMN_FILING.test(line)) || (line.length <= 32 && /[0-9]{7}$/.test(line.trimEnd()) && phoneAlone(line)) || (line.length <= 30 && line.includes("关注") && FOLLOW_US.test(line.trim())) || (/[oO]\s*$/.test(line) && SITE_LOGO.test(line.trim())) || (line.length <= 80 && (line.includes("网址") || line.includes("官网") || line.includes("微信")) && !line.includes("关于") && SITE_PROMO.test(line))) return true;
  const folded = toSimplified(withoutPinyin(line));
  return folded !== line && (OPENING_CHROME.test(folded) || OPENING_CHROME_MORE.test(folded) || docsite(folded) || SITE_CREDITS.test(folded) || copyright(folded));
}
/** (asked of the same line by several stages: answered once per document) */
export const isOpeningChrome = perDocument(isOpeningChromeRead);

/** The steps of a breadcrumb, set apart by > and spaces (学习啦 > 范文 > 行政公文 > 会议纪要 > …) */
const CRUMB_STEP = /[ \u3000]*[>＞»›][ \u3000]*/;
/**
 * A breadcrumb of three steps or more, whatever its first step's words (学习啦 > 范文 > 行政公文 >
 * 会议纪要 > 安徽省政府会议纪要三篇): short steps, no sentence in any of them.
 */
function breadcrumb(line: string): boolean {
  if (line.length > 160 || !/[>＞»›]/.test(line)) return false;
  const steps = line.trim().split(CRUMB_STEP);
  return steps.length >= 3 && steps.every((x) => x.length >= 1 && x.length <= 40 && !/[。；，,：:]/.test(x));
}

/**
 * A page's own title cut short above the notice, its 《 never closed (《广东省进一步加大力度支持民间投资
 * 发展实施): page furniture when the notice's title line follows it.
 */
export const CUT_PAGE_TITLE = /^《[^《》]{4,60}$/;

/**
 * A news repost's line that hands over to the notice it quotes (文件原文如下：, 全文如下：, 文件详情如下:, the
 * name it gave the notice before it: 《意见》全文如下:, 《通知》全文刊发如下：), or a lead sentence that ends so
 * (日前，潮州印发《…方案》。全文如下：)
 */
export const REPOST_MARKER = /^(?:文件|通知|政策|方案)?(?:原文|全文|内容|详情)(?:刊发|刊登|公布|发布)?如下[：:]?$|^《[^《》]{1,30}》(?:原文|全文|内容|详情)(?:刊发|刊登|公布|发布)?如下[：:]?$|[。！]\s*(?:文件|通知|政策|方案)?(?:原文|全文|详情)(?:刊发|刊登|公布|发布)?如下[：:]$|[。！]\s*《[^《》]{1,30}》(?:原文|全文|详情)(?:刊发|刊登|公布|发布)?如下[：:]$/;

/** A document site's blurb label (文档介绍:, 内容简介:) and the spaces after it */
export const BLURB_LABEL = /^(?:文档介绍|内容简介|内容提要|简介)[:：]\s*/;
