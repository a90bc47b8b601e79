// How much a decoded string looks like Chinese prose: the share of its CJK characters that are
// among the most frequent ones (simplified and traditional). Mojibake from a wrong double-byte
// decoder scores far lower, even on a short file. A GBK file that Big5 also decodes is scored twice,
// so this reads one byte of a table per UTF-16 unit (no one-character strings, no Set lookups).
import { unitTable } from "../lexicon/units.js";

/** The most frequent characters, Simplified then Traditional (all in the BMP's CJK block). */
export const COMMON_CHARS = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严协会科技工作要点通知关于印发" + "這為個國時們於對會發動過說產種後經進著電裡現實兩體機當點從業應開還間樣與關線數麼質氣變條沒結問無軍題黨員總長頭資邊級圖統較將組見計別論運農幾區強決戰則據處隊給門規熱領導壓爭濟階術聯認權證採轉單風車務萬達積議聲報鬥類離華確張馬節話溫傳許廣記觀織裝眾書復兒須際驗連斷難礦週備辦習響約勞團歷構稱準號維劃選標寫親養層專狀廠識屬圓調滿縣參紅細聽該鐵價嚴協會科技工作要點通知關於印發";

const CJK = 1; // U+3400–U+9FFF, counted
const COMMON = 2; // …and among the most frequent
const PRIVATE = 3; // U+E000–U+F8FF: a sure sign of a wrong decoder, counted four times
const CLASS = unitTable([CJK, [], [[0x3400, 0x9fff]]], [COMMON, COMMON_CHARS], [PRIVATE, [], [[0xe000, 0xf8ff]]]);

export function plausibility(text: string): number {
  let cjk = 0;
  let common = 0;
  // a surrogate (half of a character beyond the BMP) is in neither range, as that character is not
  for (let i = 0; i < text.length; i++) {
    const c = CLASS[text.charCodeAt(i)];
    if (c === CJK) cjk++;
    else if (c === COMMON) {
      cjk++;
      common++;
    } else if (c === PRIVATE) cjk += 4;
  }
  return cjk === 0 ? 0 : common / cjk;
}
