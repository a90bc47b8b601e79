// Web page text that surrounds a reposted notice (breadcrumbs, publish time, view counts,
// print/close buttons). It is never part of the notice.
export const WEB_CHROME =
  /^(当前位置|您当前的位置|您的位置|首页\s*[>＞»]|发布时间|发布日期[:：]|来源[:：]|浏览次数|点击数|阅读次数|字号[:：]|【?\s*打印|【?\s*关闭|分享到|附件下载[:：]?$|相关附件[:：]?$|【?\s*打印本页|扫一扫|点击上方.{0,6}关注|关注我们$|阅读原文$|长按(识别)?二维码|预览时标签不可点)/;
