/* tf-extract-chars.c: what the extractor asks of a single character.
 *
 * The tokenizer asks of each character of a paragraph, often several
 * times, whether it is Han, a letter, a surname, a little word that ends
 * a name … GLib answers the Unicode questions by a search of its tables
 * and the sets were scanned character by character, which together took
 * more time than anything else. One table for the Basic Multilingual
 * Plane, filled once from the same answers, gives them all with one load;
 * other characters, rare in news, are asked the slow way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-extract"

#include "config.h"

#include "tf-extract-private.h"

guint16 tf_extract_char_classes[0x10000];

/* Characters that never start an organization's name: "创立了X公司". */
static const char function_chars[] = "的了在于到和与及从为是将已被把向对并也又就都还";

/* Single characters that often come right after a name: "X就已加入". */
static const char name_followers[] = "就也已将曾则便都还又并即正更是说称在于从向与和被为";

/* Characters that do not end or fill a given name: particles, verbs and
 * words news puts right after a name. */
static const char name_stops[] =
  "的在于是与及也已将曾被从向对为把说称表示等则就都还又并且而或即正今去近日月年前原后同先"
  "这那此该其他她们个位名人了着过到入出加离创回重赴来担辞卸成拿带领受聘邀请"
  "二三四五六七八九百千万多只就才更最很均皆仍便竟却亦期里间候内外上下中职员";

/* Common Chinese surnames of one character. */
static const char single_surnames[] =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
  "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
  "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
  "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
  "屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧"
  "闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝漆储杭闻祝韩柯贺蔡"
  "韦严庞孟邵蒋林唐钮封芮羊於惠甘屠阚邰厉戎井秦皮卢嵇楚萧雍茅冀郁臧鞠宓蓬"
  "穆冉谈贝赖简游卓蔺乔胥党翟劳姬申扶宰郦桑濮牛寿扈燕浦庄晏柴阎慕连茹艾容戈庾居衡耿"
  "满匡寇禄殳沃蔚夔隆巩晁敖冷辛饶巢荆竺权逯盖凌龚";

/* Common Chinese surnames of two characters, for tf_extract_is_surname (). */
const char *const tf_extract_compound_surnames[] = {
  "欧阳", "司马", "上官", "诸葛", "钟离", "百里", "呼延", "万俟", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
  "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木", "独孤", "南宫", "西门", "申屠",
};
const gsize tf_extract_n_compound_surnames = G_N_ELEMENTS (tf_extract_compound_surnames);

/* What GLib says of c. */
static guint
unicode_classes (gunichar c)
{
  GUnicodeScript script = g_unichar_get_script (c);
  guint classes = 0;

  if (script == G_UNICODE_SCRIPT_HAN)
    classes |= TF_CHAR_HAN;
  if (g_unichar_isalnum (c))
    classes |= TF_CHAR_ALNUM;
  if (g_unichar_isalpha (c) && script == G_UNICODE_SCRIPT_LATIN)
    classes |= TF_CHAR_LATIN_LETTER;
  if (g_unichar_isupper (c))
    classes |= TF_CHAR_UPPER;
  /* Not a Han letter: no part of a Chinese name. */
  if (!g_unichar_isalpha (c) || script != G_UNICODE_SCRIPT_HAN)
    classes |= TF_CHAR_NAME_STOP;
  return classes;
}

static const struct
{
  const char *chars;
  guint16 class;
} sets[] = {
  { function_chars, TF_CHAR_FUNCTION },
  { name_followers, TF_CHAR_NAME_FOLLOWER },
  { name_stops, TF_CHAR_NAME_STOP },
  { single_surnames, TF_CHAR_SURNAME },
};

/* The classes of a character beyond the BMP, which no set holds and no
 * date or word starts with; the sets are asked too, so that it answers
 * for any. */
guint
tf_extract_char_class_compute (gunichar c)
{
  guint classes = unicode_classes (c);

  for (gsize i = 0; i < G_N_ELEMENTS (sets); i++)
    for (const char *p = sets[i].chars; *p != '\0'; p = g_utf8_next_char (p))
      if (g_utf8_get_char (p) == c)
        classes |= sets[i].class;
  for (gsize i = 0; i < tf_extract_n_compound_surnames; i++)
    if (g_utf8_get_char (tf_extract_compound_surnames[i]) == c)
      classes |= TF_CHAR_SURNAME_START;
  return classes;
}

void
tf_extract_chars_init (void)
{
  static gsize ready;

  if (g_once_init_enter (&ready))
    {
      guint16 *table = tf_extract_char_classes;

      for (gunichar c = 0; c < G_N_ELEMENTS (tf_extract_char_classes); c++)
        table[c] = (guint16) unicode_classes (c);
      /* The sets hold characters of the BMP only. */
      for (gsize i = 0; i < G_N_ELEMENTS (sets); i++)
        for (const char *p = sets[i].chars; *p != '\0'; p = g_utf8_next_char (p))
          table[g_utf8_get_char (p)] |= sets[i].class;
      for (gsize i = 0; i < tf_extract_n_compound_surnames; i++)
        table[g_utf8_get_char (tf_extract_compound_surnames[i])] |= TF_CHAR_SURNAME_START;
      tf_extract_dates_mark_starts (table, TF_CHAR_DATE_START);
      tf_extract_lexicon_mark_starts (table, TF_CHAR_WORD_START);
      g_once_init_leave (&ready, 1);
    }
}
