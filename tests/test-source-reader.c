/* test-source-reader.c: the seed articles and hostile input.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-source-reader"

#include "config.h"

#include <string.h>

#include <cairo.h>

#include "tf-dataset-file-open.h"
#include "tf-dataset-file.h"
#include "tf-source-reader.h"
#include "tf-test-data.h"

typedef struct
{
  guint index;
  TfParagraphKind kind;
  const char *text;
} ExpectedParagraph;

typedef struct
{
  const char *file;
  const char *title;
  const char *date;
  TfScript script;
  guint n_paragraphs;
  const char *outlet;
  const char *author;
  const char *url;
  ExpectedParagraph paragraphs[6];
} ExpectedSeed;

static const ExpectedSeed seeds[] = {
  {
      "000_b1c6aaa2a0844c7d.txt",
      "互联网留不住科学家",
      "2021-12-15",
      TF_SCRIPT_HANS,
      74,
      "虎嗅",
      "李贤焕",
      NULL,
      {
          { 0, TF_PARAGRAPH_TEXT,
            "本文来自微信公众号：20社（ID：quancaijing_20she），作者：李贤焕，"
            "编辑：王晓玲，头图来自：视觉中国" },
          { 2, TF_PARAGRAPH_TEXT,
            "11月，复旦大学官宣原蚂蚁集团副总裁、AI团队负责人漆远正式加入复旦大学，"
            "出任复旦大学“浩清教授”及复旦人工智能创新与产业研究院院长。" },
          { 8, TF_PARAGRAPH_HEADING, "一、留不住的科学家" },
          { 46, TF_PARAGRAPH_HEADING, "三、研究院，不是每家都玩得起" },
          /* Wholly bold, but a sentence: not a heading. */
          { 55, TF_PARAGRAPH_TEXT, "DeepMind自从2010年正式成立以来，就从没实现过盈利。" },
          { 73, TF_PARAGRAPH_TEXT,
            "明德为化名。本文来自微信公众号：20社（ID：quancaijing_20she），"
            "作者：李贤焕，编辑：王晓玲" },
      },
  },
  {
      "001_299ef1fff7c01911.txt",
      "AI大牛紛紛離職!2021大廠AI Lab現狀盤點,網友:名存實亡",
      NULL,
      TF_SCRIPT_HANT,
      72,
      "新智元",
      NULL,
      NULL,
      {
          /* The line comes twice in the file; the repeat is dropped. */
          { 0, TF_PARAGRAPH_TEXT, "新智元報道" },
          { 1, TF_PARAGRAPH_TEXT, "來源:知乎" },
          { 45, TF_PARAGRAPH_TEXT, "最新的消息便是,字節跳動AI Lab總監李磊離職加入UCSB!" },
          { 47, TF_PARAGRAPH_TEXT,
            "AI Lab總監李磊入職四年,論文引用量3000多次,2021年離職,"
            "入職加州大學圣巴巴拉分校(UCSB)。" },
          { 54, TF_PARAGRAPH_TEXT,
            "吳恩達(Andrew Ng):Google Brain項目創始人,2017年從百度研究院院長卸任,"
            "出任Woebot公司董事長。" },
          { 71, TF_PARAGRAPH_TEXT, "-往期精彩-" },
      },
  },
  {
      "002_a942309f719dd219.txt",
      "2021 年各家大厂的 AI Lab 现状如何?",
      NULL,
      TF_SCRIPT_HANS,
      17,
      "知乎",
      NULL,
      "https://www.zhihu.com/question/476541860/answer/2033630051",
      {
          { 0, TF_PARAGRAPH_TEXT, "知易行难炼丹" },
          { 2, TF_PARAGRAPH_TEXT, "这个帖子似乎引起了很大的舆论效应，再补充一点。" },
          { 9, TF_PARAGRAPH_TEXT, "一句话，名存实亡。" },
          { 16, TF_PARAGRAPH_TEXT, "希望一切都会好起来吧。" },
      },
  },
  {
      "003_dd9e6ee67f5cdc93.txt",
      "Nature 证实：学术界刮起离职潮 大批学者涌向工业界",
      "2022-06-04",
      TF_SCRIPT_HANS,
      83,
      "cnBeta",
      NULL,
      NULL,
      {
          /* Text straight inside <div>, ended by <br>. */
          { 0, TF_PARAGRAPH_TEXT,
            "Nature 最新发文：学术界正刮起一阵离职潮。这当中，处于职业中期的科学家尤甚。"
            "而他们的集体归宿，是转向工业界。事实上，这种趋势由来已久。早在 2018 年一项研究"
            "预测显示，高等教育将在五年内失去一半至三分之二的学术从业者。" },
          { 5, TF_PARAGRAPH_ITEM, "京东副总裁、AI大牛周伯文加入清华电子系；" },
          { 9, TF_PARAGRAPH_ITEM, "旷视南京研究院创始院长魏秀参，出任南京理工大学教授。" },
          { 13, TF_PARAGRAPH_HEADING, "国外学术界刮起离职潮" },
          { 52, TF_PARAGRAPH_TEXT,
            "伦敦帝国理工学院的一位教授表示，自己的一名博士生为了苹果开出的六位数薪资，"
            "直接放弃学业。" },
          { 82, TF_PARAGRAPH_TEXT,
            "[4]https://twitter.com/search?q=%23leavingacademia&src=recent_search_click" },
      },
  },
  {
      "004_4c1bf5412017dcdf.txt",
      "AI教母李飞飞：AI学术界没钱没资源！没有拨款将会凋亡",
      "2024-04-23",
      TF_SCRIPT_HANS,
      71,
      "ByteAILab",
      NULL,
      NULL,
      {
          { 0, TF_PARAGRAPH_TEXT, "文章来源：新智元" },
          { 1, TF_PARAGRAPH_TEXT, "编辑：拉燕" },
          /* The "---" line between these two separates them. */
          { 2, TF_PARAGRAPH_TEXT, "【导读】越来越多的科研人才去了科技大厂工作，从此告别科研。" },
          { 3, TF_PARAGRAPH_TEXT, "只因为大厂给的实在是太多了！" },
          { 11, TF_PARAGRAPH_HEADING, "多投点钱" },
          /* After the trailing "---", with its Markdown link reduced to the label. */
          { 70, TF_PARAGRAPH_TEXT, "感谢阅读！如果您对AI的更多资讯，可以查看更多AI文章：GPTNB。" },
      },
  },
};

static GBytes *
load_seed (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize len = 0;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, len);
}

static TfSource *
read_string (const char *text,
             gssize      len,
             GError    **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, len < 0 ? strlen (text) : (gsize) len);

  return tf_source_reader_read_bytes (bytes, "test.txt", "s-test", error);
}

/* Checks every paragraph of every source for what a reader must never
 * leave behind. */
static void
assert_clean_paragraphs (const TfSource *source)
{
  static const char *entities[] = { "&amp;", "&nbsp;", "&lt;", "&gt;", "&quot;", "&#" };
  g_autoptr(GRegex) pinyin = g_regex_new ("\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)", 0, 0, NULL);

  g_assert_nonnull (source->title);
  g_assert_cmpstr (source->title, !=, "");
  g_assert_false (g_regex_match (pinyin, source->title, 0, NULL));
  for (guint i = 0; i < source->paragraphs->len; i++)
    {
      const TfParagraph *paragraph = g_ptr_array_index (source->paragraphs, i);
      const char *text = paragraph->text;
      gsize len = strlen (text);

      g_assert_true (g_utf8_validate (text, -1, NULL));
      g_assert_cmpuint (len, >, 0);
      g_assert_false (g_ascii_isspace (text[0]) || g_ascii_isspace (text[len - 1]));
      g_assert_null (strstr (text, "  "));
      g_assert_null (strchr (text, '\n'));
      g_assert_null (strchr (text, '<'));
      for (guint j = 0; j < G_N_ELEMENTS (entities); j++)
        g_assert_null (strstr (text, entities[j]));
      g_assert_false (g_regex_match (pinyin, text, 0, NULL));
      g_assert_null (strstr (text, "---"));
      g_assert_nonnull (paragraph->folded);
      g_assert_cmpuint (paragraph->n_sentences, >, 0);
      g_assert_cmpuint (paragraph->sentence_ends[paragraph->n_sentences - 1], ==, len);
    }
}

static void
test_seed (gconstpointer data)
{
  const ExpectedSeed *expected = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", expected->file, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSource) source = NULL;
  g_autofree char *date = NULL;

  source = tf_source_reader_read_file (file, "s-seed", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (source);

  g_assert_cmpstr (source->id, ==, "s-seed");
  g_assert_cmpstr (source->file_name, ==, expected->file);
  g_assert_cmpstr (source->title, ==, expected->title);
  date = tf_date_to_string (&source->date);
  if (expected->date != NULL)
    {
      g_assert_cmpint (source->date.precision, ==, TF_DATE_DAY);
      g_assert_cmpstr (date, ==, expected->date);
    }
  else
    g_assert_cmpint (source->date.precision, ==, TF_DATE_UNKNOWN);
  g_assert_cmpint (source->script, ==, expected->script);
  g_assert_cmpstr (source->outlet, ==, expected->outlet);
  g_assert_cmpstr (source->author, ==, expected->author);
  g_assert_cmpstr (source->url, ==, expected->url);
  g_assert_cmpuint (source->paragraphs->len, ==, expected->n_paragraphs);

  for (guint i = 0; i < G_N_ELEMENTS (expected->paragraphs) && expected->paragraphs[i].text; i++)
    {
      const ExpectedParagraph *want = &expected->paragraphs[i];
      const TfParagraph *paragraph = g_ptr_array_index (source->paragraphs, want->index);

      g_assert_cmpstr (paragraph->text, ==, want->text);
      g_assert_cmpint (paragraph->kind, ==, want->kind);
    }

  assert_clean_paragraphs (source);
}

static void
test_seed_markdown (void)
{
  g_autoptr(GBytes) bytes = load_seed ("002_a942309f719dd219.txt");
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSource) source = tf_source_reader_read_bytes (bytes, NULL, "s002", &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_null (source->file_name);
  text = tf_source_dup_text (source);
  /* **bold** lost its stars; the URL line is not text. */
  g_assert_nonnull (strstr (text, "缺的是有远见的领导者，无畏的决心和健全的AI工业体系。"));
  g_assert_null (strstr (text, "**"));
  g_assert_null (strstr (text, "zhihu.com"));
  /* Full-width parentheses are no converter's pinyin. */
  g_assert_nonnull (strstr (text, "科（tiao）学（can）家（xia）"));
}

/* The pinyin is gone, the English in parentheses is not. */
static void
test_seed_parentheses (void)
{
  g_autoptr(GBytes) hant = load_seed ("001_299ef1fff7c01911.txt");
  g_autoptr(GBytes) cnbeta = load_seed ("003_dd9e6ee67f5cdc93.txt");
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSource) source = NULL;
  g_autofree char *text = NULL;

  g_assert_nonnull (strstr (g_bytes_get_data (hant, NULL), "現(xiàn)狀"));
  source = tf_source_reader_read_bytes (hant, "001.txt", "s001", &error);
  g_assert_no_error (error);
  text = tf_source_dup_text (source);
  g_assert_nonnull (strstr (text, "名存實亡的國內Lab"));
  g_assert_nonnull (strstr (text, "吳恩達(Andrew Ng)"));
  g_assert_nonnull (strstr (text, "分校(UCSB)"));
  g_assert_null (strstr (text, "(xiàn)"));
  g_clear_pointer (&source, tf_source_free);
  g_clear_pointer (&text, g_free);

  source = tf_source_reader_read_bytes (cnbeta, "003.txt", "s003", &error);
  g_assert_no_error (error);
  text = tf_source_dup_text (source);
  g_assert_nonnull (strstr (text, "分子之心（MoleculeMind）"));
}

static void
test_seed_gb18030 (void)
{
  g_autoptr(GBytes) utf8 = load_seed ("000_b1c6aaa2a0844c7d.txt");
  g_autoptr(GBytes) gb = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSource) expected = NULL;
  g_autoptr(TfSource) source = NULL;
  gsize len = 0;
  char *converted;

  converted = g_convert (g_bytes_get_data (utf8, NULL), g_bytes_get_size (utf8),
                         "GB18030", "UTF-8", NULL, &len, &error);
  g_assert_no_error (error);
  gb = g_bytes_new_take (converted, len);
  g_assert_false (g_utf8_validate (converted, len, NULL));

  expected = tf_source_reader_read_bytes (utf8, "000.txt", "s000", &error);
  g_assert_no_error (error);
  source = tf_source_reader_read_bytes (gb, "000.txt", "s000", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (source->title, ==, "互联网留不住科学家");
  g_assert_cmpuint (source->paragraphs->len, ==, expected->paragraphs->len);
  for (guint i = 0; i < source->paragraphs->len; i++)
    g_assert_cmpstr (((TfParagraph *) g_ptr_array_index (source->paragraphs, i))->text, ==,
                     ((TfParagraph *) g_ptr_array_index (expected->paragraphs, i))->text);
}

/* Seed 001, traditional Chinese, as a Hong Kong page would have it: Big5
 * with HKSCS, which also has the converter's pinyin letters. */
static void
test_seed_big5 (void)
{
  g_autoptr(GBytes) utf8 = load_seed ("001_299ef1fff7c01911.txt");
  g_autoptr(GBytes) big5 = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSource) expected = NULL;
  g_autoptr(TfSource) source = NULL;
  gsize len = 0;
  char *converted;

  converted = g_convert (g_bytes_get_data (utf8, NULL), (gssize) g_bytes_get_size (utf8),
                         "BIG5-HKSCS", "UTF-8", NULL, &len, &error);
  g_assert_no_error (error);
  big5 = g_bytes_new_take (converted, len);

  expected = tf_source_reader_read_bytes (utf8, "001.txt", "s001", &error);
  g_assert_no_error (error);
  source = tf_source_reader_read_bytes (big5, "001.txt", "s001", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (source->title, ==, expected->title);
  g_assert_cmpint (source->script, ==, TF_SCRIPT_HANT);
  g_assert_cmpuint (source->paragraphs->len, ==, expected->paragraphs->len);
  for (guint i = 0; i < source->paragraphs->len; i++)
    g_assert_cmpstr (((TfParagraph *) g_ptr_array_index (source->paragraphs, i))->text, ==,
                     ((TfParagraph *) g_ptr_array_index (expected->paragraphs, i))->text);
}

/* Cut 000 in the middle of its second <h3> tag. */
static void
test_truncated_html (void)
{
  g_autoptr(GBytes) bytes = load_seed ("000_b1c6aaa2a0844c7d.txt");
  const char *data = g_bytes_get_data (bytes, NULL);
  const char *first = strstr (data, "<h3 ");
  const char *second = strstr (first + 1, "<h3 ");
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSource) source = NULL;
  const TfParagraph *last;

  g_assert_nonnull (second);
  source = read_string (data, second + 6 - data, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (source->title, ==, "互联网留不住科学家");
  /* Everything before the cut: paragraphs 0..31 of the whole file. */
  g_assert_cmpuint (source->paragraphs->len, ==, 32);
  last = g_ptr_array_index (source->paragraphs, 31);
  g_assert_true (g_str_has_prefix (last->text, "“在大公司做科研，向上管理非常重要"));
  assert_clean_paragraphs (source);
}

static void
test_invalid_utf8 (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240423);
  g_autofree char *noise = g_malloc (4096);
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSource) source = NULL;

  /* "标题\n正文\n" decodes as GB 18030 too, but 0xFF never does. */
  source = read_string ("标题\n正文\n\xff\n", -1, &error);
  g_assert_error (error, TF_SOURCE_READER_ERROR, TF_SOURCE_READER_ERROR_ENCODING);
  g_assert_null (source);
  g_assert_nonnull (strstr (error->message, "test.txt"));
  /* Where, as a line an editor finds. */
  g_assert_nonnull (strstr (error->message, "line 3"));
  g_assert_null (strstr (error->message, "offset"));
  /* It says what was tried. */
  g_assert_nonnull (strstr (error->message, "GB 18030"));
  g_assert_nonnull (strstr (error->message, "Big5"));
  g_clear_error (&error);

  /* Noise, with control characters no text has: binary data. */
  for (guint i = 0; i < 4096; i++)
    noise[i] = (char) g_rand_int_range (rand, 1, 256);
  source = read_string (noise, 4096, &error);
  g_assert_error (error, TF_SOURCE_READER_ERROR, TF_SOURCE_READER_ERROR_BINARY);
  g_assert_nonnull (strstr (error->message, "test.txt"));
}

static void
test_nul_bytes (void)
{
  static const char text[] = "标题\n正文\0更多\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSource) source = NULL;

  source = read_string (text, sizeof text - 1, &error);
  g_assert_error (error, TF_SOURCE_READER_ERROR, TF_SOURCE_READER_ERROR_BINARY);
  g_assert_nonnull (strstr (error->message, "test.txt is not an article or a dataset"));
  g_assert_nonnull (strstr (error->message, "binary data"));
  g_assert_null (strstr (error->message, "offset"));
  g_assert_null (source);
}

/* Encodings. Each test writes its sentences in UTF-8, encodes them with
 * g_convert as a user's file would be, and reads both. */

/* The bytes of text in charset, after prefix (a byte order mark). */
static GBytes *
encode_text (const char *text,
             const char *charset,
             const char *prefix,
             gsize       prefix_len)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *encoded = NULL;
  GByteArray *bytes = g_byte_array_new ();
  gsize len = 0;

  encoded = g_convert (text, -1, charset, "UTF-8", NULL, &len, &error);
  g_assert_no_error (error);
  g_byte_array_append (bytes, (const guint8 *) prefix, (guint) prefix_len);
  g_byte_array_append (bytes, (const guint8 *) encoded, (guint) len);
  return g_byte_array_free_to_bytes (bytes);
}

/* Reads text encoded in charset and checks that it gives the title and
 * paragraphs that the UTF-8 text gives. */
static void
assert_reads_as_utf8 (const char *text,
                      const char *charset,
                      const char *prefix,
                      gsize       prefix_len)
{
  g_autoptr(GBytes) encoded = encode_text (text, charset, prefix, prefix_len);
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSource) expected = NULL;
  g_autoptr(TfSource) source = NULL;

  g_test_message ("%s: %s", charset, text);
  expected = read_string (text, -1, &error);
  g_assert_no_error (error);
  source = tf_source_reader_read_bytes (encoded, "encoded.txt", "s-encoded", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (source->title, ==, expected->title);
  g_assert_cmpuint (source->paragraphs->len, ==, expected->paragraphs->len);
  for (guint i = 0; i < source->paragraphs->len; i++)
    g_assert_cmpstr (((TfParagraph *) g_ptr_array_index (source->paragraphs, i))->text, ==,
                     ((TfParagraph *) g_ptr_array_index (expected->paragraphs, i))->text);
  assert_clean_paragraphs (source);
}

static const char hans_article[] =
  "人才流动的新趋势\n"
  "去年秋天，李华离开研究院，回到母校担任教授。\n"
  "She said the lab gave her “more freedom than any company”.\n"
  "张明在一家创业公司工作了三年，后来加入了大学的实验室。\n";

static const char hant_article[] =
  "人才流動的新趨勢\n"
  "陳教授於2020年離開矽谷，加入香港科技大學。\n"
  "He joined the university’s new AI lab in March.\n"
  "這位工程師說，學術界的自由比高薪更重要。\n";

static void
test_encoding_utf8 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSource) source = NULL;

  assert_reads_as_utf8 (hans_article, "UTF-8", NULL, 0);
  assert_reads_as_utf8 (hans_article, "UTF-8", "\xEF\xBB\xBF", 3);
  assert_reads_as_utf8 (hant_article, "UTF-8", "\xEF\xBB\xBF", 3);
  /* The mark is not part of the title. */
  source = read_string ("\xEF\xBB\xBF" "标题\n正文。\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (source->title, ==, "标题");
}

/* What Notepad saves as "Unicode" and "Unicode big endian". */
static void
test_encoding_utf16 (void)
{
  g_autoptr(GBytes) odd = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSource) source = NULL;
  gsize size;
  const char *data;
  g_autofree char *truncated = NULL;

  assert_reads_as_utf8 (hans_article, "UTF-16LE", "\xFF\xFE", 2);
  assert_reads_as_utf8 (hans_article, "UTF-16BE", "\xFE\xFF", 2);
  assert_reads_as_utf8 (hant_article, "UTF-16LE", "\xFF\xFE", 2);
  /* Characters beyond the BMP come as surrogate pairs. */
  assert_reads_as_utf8 ("标题\n吉字写作“𠮷”，在扩展B区。\n", "UTF-16LE", "\xFF\xFE", 2);

  /* Cut in the middle of a character: refused, saying where. */
  odd = encode_text (hans_article, "UTF-16LE", "\xFF\xFE", 2);
  data = g_bytes_get_data (odd, &size);
  truncated = g_memdup2 (data, size - 1);
  source = read_string (truncated, (gssize) size - 1, &error);
  g_assert_error (error, TF_SOURCE_READER_ERROR, TF_SOURCE_READER_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "UTF-16"));
  g_assert_nonnull (strstr (error->message, "line "));
  g_assert_null (source);
}

static void
test_encoding_gb18030 (void)
{
  /* GBK (Windows code page 936) is a subset: these bytes are the same. */
  assert_reads_as_utf8 (hans_article, "GBK", NULL, 0);
  assert_reads_as_utf8 (hans_article, "GB18030", NULL, 0);
  /* Characters outside GBK take four bytes. */
  assert_reads_as_utf8 ("标题\n她的网名里有个生僻字“㐂”，还有欧元符号€。\n", "GB18030", NULL, 0);
  /* GB 18030's own byte order mark is not part of the title. */
  assert_reads_as_utf8 ("\xEF\xBB\xBF" "标题\n正文的第一段。\n", "GB18030", NULL, 0);
}

static void
test_encoding_big5 (void)
{
  assert_reads_as_utf8 (hant_article, "BIG5", NULL, 0);
  /* Windows code page 950, as most Big5 pages really are. */
  assert_reads_as_utf8 (hant_article, "CP950", NULL, 0);
  /* Hong Kong: Cantonese characters of HKSCS. */
  assert_reads_as_utf8 ("香港來稿\n佢哋話，呢間大學嘅實驗室好出名。\n", "BIG5-HKSCS", NULL, 0);
}

/* One sentence, the shortest an article gets, in both encodings. */
static void
test_encoding_short_texts (void)
{
  static const char *hans[] = {
    "他离职了。",
    "王教授回国创业。",
    "台湾大学",
    "Lin Wei 于2019年加入 OpenAI，此前在北京大学任教。",
    "这位科学家说，学术界的自由比高薪更重要。",
  };
  /* The last three are made only of characters whose Big5 byte pairs are
   * also GB 2312 characters, so that GB 18030 reads them without a
   * character that stands out. */
  static const char *hant[] = {
    "他離職了。",
    "王教授回國創業。",
    "臺灣大學",
    "陳教授於2020年加入香港科技大學，此前在 Google 任職。",
    "實驗團隊高管離職",
    "報導說陳教授離職",
    "陳教授說實驗團隊最高",
  };

  for (guint i = 0; i < G_N_ELEMENTS (hans); i++)
    {
      g_autofree char *text = g_strconcat ("标题\n", hans[i], "\n", NULL);

      assert_reads_as_utf8 (text, "GB18030", NULL, 0);
    }
  for (guint i = 0; i < G_N_ELEMENTS (hant); i++)
    {
      g_autofree char *text = g_strconcat ("標題\n", hant[i], "\n", NULL);
      g_autoptr(GBytes) big5 = encode_text (hant[i], "BIG5", NULL, 0);
      g_autoptr(GError) error = NULL;
      g_autofree char *as_gb = NULL;

      /* The Big5 bytes are valid GB 18030 too: only reading tells. */
      if (i >= 4)
        {
          as_gb = g_convert (g_bytes_get_data (big5, NULL), (gssize) g_bytes_get_size (big5),
                             "UTF-8", "GB18030", NULL, NULL, &error);
          g_assert_no_error (error);
          g_assert_cmpstr (as_gb, !=, hant[i]);
        }
      assert_reads_as_utf8 (text, "BIG5", NULL, 0);
    }
}

/* A declared charset decides, even where reading alone would not: the
 * Big5 bytes of 國 are the GB 18030 bytes of 瓣. */
static void
test_encoding_declared (void)
{
  static const struct
  {
    const char *text;
    const char *charset;
    const char *paragraph;
  } cases[] = {
    { "<meta charset=\"big5\">\n<p>國</p>\n", "BIG5", "國" },
    { "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=BIG5\">\n<p>國</p>\n",
      "BIG5", "國" },
    { "---\ntitle: 標題\nencoding: big5\n---\n國\n", "BIG5", "國" },
    { "<meta http-equiv='Content-Type' content='text/html; charset=gb2312'>\n"
      "<p>张明加入了大学的实验室。</p>\n", "GB18030", "张明加入了大学的实验室。" },
    /* Without a declaration, a text of one character is taken as GB. */
    { "<p>國</p>\n", "BIG5", "瓣" },
    /* A declaration the bytes cannot be in is ignored: 㐂 has no Big5. */
    { "<meta charset=\"big5\">\n<p>生僻字“㐂”。</p>\n", "GB18030", "生僻字“㐂”。" },
    /* An English page in Windows-1252. */
    { "<meta charset=\"windows-1252\">\n<p>The lab’s “café” closed.</p>\n", "WINDOWS-1252",
      "The lab’s “café” closed." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = encode_text (cases[i].text, cases[i].charset, NULL, 0);
      g_autoptr(GError) error = NULL;
      g_autoptr(TfSource) source = NULL;

      g_test_message ("%s", cases[i].text);
      source = tf_source_reader_read_bytes (bytes, "declared.html", "s-declared", &error);
      g_assert_no_error (error);
      g_assert_cmpuint (source->paragraphs->len, ==, 1);
      g_assert_cmpstr (((TfParagraph *) g_ptr_array_index (source->paragraphs, 0))->text, ==,
                       cases[i].paragraph);
    }
}

/* A UTF-8 file with one bad byte is damaged, not in another encoding. */
static void
test_encoding_damaged_utf8 (void)
{
  g_autoptr(GString) text = g_string_new (hans_article);
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSource) source = NULL;
  g_autofree char *where = NULL;
  guint line = 1;

  for (const char *c = text->str; *c != '\0'; c++)
    line += *c == '\n';
  where = g_strdup_printf ("line %u holds", line);
  g_string_append (text, "\xFF第四段。\n");
  source = read_string (text->str, (gssize) text->len, &error);
  g_assert_error (error, TF_SOURCE_READER_ERROR, TF_SOURCE_READER_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "UTF-8"));
  g_assert_nonnull (strstr (error->message, where));
}

#define BYTES(literal) literal, sizeof literal - 1

/* Files that are no text at all get an error that says so in words. */
static void
test_binary (void)
{
  static const struct
  {
    const char *data;
    gsize size;
    const char *name;
    const char *file_type;
  } cases[] = {
    { BYTES ("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0"),
      "photo.png", "PNG image" },
    { BYTES ("PK\x03\x04\x14\0\0\0\x08\0"), "report.docx", "ZIP archive or office document" },
    /* No NUL byte where a PDF starts, and bytes that are no text later. */
    { BYTES ("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Length 4 >>\nstream\n"
             "\x8F\xFF\x01\x80\nendstream\n"), "paper.pdf", "PDF document" },
    /* UTF-16 holding U+0000. */
    { BYTES ("\xFF\xFEh\0i\0\0\0"), "odd.txt", NULL },
    { BYTES ("\x01\x02\x03\0\xFF"), "data.bin", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].data, cases[i].size);
      g_autoptr(GError) error = NULL;
      g_autoptr(TfSource) source = NULL;
      g_autofree char *expected = NULL;

      source = tf_source_reader_read_bytes (bytes, cases[i].name, "s-binary", &error);
      g_assert_null (source);
      g_assert_error (error, TF_SOURCE_READER_ERROR, TF_SOURCE_READER_ERROR_BINARY);
      if (cases[i].file_type != NULL)
        expected = g_strdup_printf ("%s is not an article or a dataset (file type: %s)",
                                    cases[i].name, cases[i].file_type);
      else
        expected = g_strdup_printf ("%s is not an article or a dataset: it holds binary data",
                                    cases[i].name);
      g_assert_true (g_str_has_prefix (error->message, expected));
    }
}

/* A PNG, whatever its name, is opened as neither an article nor a
 * dataset, and the message says so in words: what the file is, and no
 * byte offset. The bytes are a real PNG, written by cairo. */
static cairo_status_t
append_png_bytes (void                *closure,
                  const unsigned char *data,
                  unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
test_png_opened (void)
{
  static const struct
  {
    const char *name;
    const char *says;
  } cases[] = {
    { "chart.png", "chart.png is not an article or a dataset (file type: PNG image)" },
    { "chart.txt", "chart.txt is not an article or a dataset (file type: PNG image)" },
    { "chart", "chart is not an article or a dataset (file type: PNG image)" },
    { "chart.talentflow", "chart.talentflow is not a Talent Flow dataset (file type: PNG image)" },
  };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 64, 48);
  cairo_t *cr = cairo_create (surface);
  GByteArray *png = g_byte_array_new ();
  g_autoptr(GBytes) bytes = NULL;

  cairo_set_source_rgb (cr, 0.2, 0.4, 0.8);
  cairo_paint (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_png_bytes, png), ==,
                   CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  bytes = g_byte_array_free_to_bytes (png);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TfDataset) dataset = tf_dataset_file_open_bytes (bytes, cases[i].name, &error);

      g_assert_null (dataset);
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_cmpstr (error->message, ==, cases[i].says);
    }
}

static void
test_too_large (void)
{
  gsize size = TF_SOURCE_READER_MAX_BYTES + 1;
  char *data = g_malloc (size);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSource) source = NULL;

  memset (data, 'a', size);
  bytes = g_bytes_new_take (data, size);
  source = tf_source_reader_read_bytes (bytes, "huge.txt", "s-huge", &error);
  g_assert_error (error, TF_SOURCE_READER_ERROR, TF_SOURCE_READER_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "huge.txt"));
  g_assert_null (source);
}

static void
test_empty (void)
{
  static const char *empty_texts[] = {
    "",
    " \n\n\t\n",
    "\xEF\xBB\xBF",
    "---\ntitle: '只有前言'\ndate: 2024-04-23\n---\n",
    "\n---\ntitle: 'x'\n---\n\n<div><p><img src=\"a.png\"></p><p> &nbsp; </p></div>\n",
    "只有标题\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (empty_texts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TfSource) source = read_string (empty_texts[i], -1, &error);

      g_assert_error (error, TF_SOURCE_READER_ERROR, TF_SOURCE_READER_ERROR_EMPTY);
      g_assert_null (source);
    }
}

static void
test_unterminated_front_matter (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSource) source = NULL;

  source = read_string ("---\ntitle: '标题'\ndate: 2024-04-23\n正文的第一段。\n正文的第二段。\n",
                        -1, &error);
  g_assert_no_error (error);
  /* Not front matter, so read as plain text with its first line as title. */
  g_assert_cmpint (source->date.precision, ==, TF_DATE_UNKNOWN);
  g_assert_cmpstr (source->title, ==, "title: '标题'");
  g_assert_cmpuint (source->paragraphs->len, ==, 3);
  g_assert_cmpstr (((TfParagraph *) g_ptr_array_index (source->paragraphs, 2))->text, ==,
                   "正文的第二段。");
  assert_clean_paragraphs (source);
  g_clear_pointer (&source, tf_source_free);

  /* Two "---" rules around text that is no YAML are not front matter. */
  source = read_string ("---\n正文的第一段。\n---\n正文的第二段。\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (source->title, ==, "正文的第一段。");
  g_assert_cmpuint (source->paragraphs->len, ==, 1);
  assert_clean_paragraphs (source);
}

/* libxml2 stops at 256 nested elements; the text past them is read
 * all the same, however deep, whether the tags are closed or not. */
static void
test_deep_nesting (void)
{
  static const struct
  {
    const char *tag;
    gboolean closed;
  } cases[] = {
    { "div", FALSE }, { "div", TRUE }, { "span", FALSE }, { "p", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GString *html = g_string_new ("<p>开头的一段。</p>");
      g_autoptr(GError) error = NULL;
      g_autoptr(TfSource) source = NULL;

      g_test_message ("200 000 <%s>%s", cases[i].tag, cases[i].closed ? " closed" : "");
      for (guint j = 0; j < 200000; j++)
        g_string_append_printf (html, "<%s>", cases[i].tag);
      g_string_append (html, "深处的文字。");
      for (guint j = 0; cases[i].closed && j < 200000; j++)
        g_string_append_printf (html, "</%s>", cases[i].tag);
      g_string_append (html, "<p>结尾的一段。</p>");
      source = read_string (html->str, (gssize) html->len, &error);
      g_string_free (html, TRUE);

      g_assert_no_error (error);
      g_assert_cmpuint (source->paragraphs->len, ==, 3);
      g_assert_cmpstr (((TfParagraph *) g_ptr_array_index (source->paragraphs, 0))->text, ==,
                       "开头的一段。");
      g_assert_cmpstr (((TfParagraph *) g_ptr_array_index (source->paragraphs, 1))->text, ==,
                       "深处的文字。");
      g_assert_cmpstr (((TfParagraph *) g_ptr_array_index (source->paragraphs, 2))->text, ==,
                       "结尾的一段。");
      assert_clean_paragraphs (source);
    }
}

/* What old pages do: a <font> left open in each paragraph, 600 deep. */
static void
test_unclosed_tags (void)
{
  GString *html = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSource) source = NULL;

  for (guint i = 0; i < 600; i++)
    g_string_append_printf (html, "<p><font size=\"2\">第%u段：他离开了研究院。\n", i + 1);
  source = read_string (html->str, (gssize) html->len, &error);
  g_string_free (html, TRUE);

  g_assert_no_error (error);
  g_assert_cmpuint (source->paragraphs->len, ==, 600);
  for (guint i = 0; i < 600; i++)
    {
      g_autofree char *expected = g_strdup_printf ("第%u段：他离开了研究院。", i + 1);

      g_assert_cmpstr (((TfParagraph *) g_ptr_array_index (source->paragraphs, i))->text, ==,
                       expected);
    }
}

/* libxml2 reports its recovered errors nowhere. */
static void
test_html_errors_silent (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(TfSource) source = NULL;

      const TfParagraph *paragraph;

      source = read_string ("<div><p>一<b>二</i></p></span><p>三&bogus;<p attr=\"x>四</p><", -1, NULL);
      g_assert_nonnull (source);
      g_assert_cmpuint (source->paragraphs->len, ==, 2);
      paragraph = g_ptr_array_index (source->paragraphs, 0);
      g_assert_cmpstr (paragraph->text, ==, "一二");
      /* An unknown entity is left as written. */
      paragraph = g_ptr_array_index (source->paragraphs, 1);
      g_assert_cmpstr (paragraph->text, ==, "三&bogus;");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("");
}

static void
test_long_line (void)
{
  GString *text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSource) source = NULL;
  const TfParagraph *paragraph;
  gsize len;

  while (text->len < 10 * 1024 * 1024)
    g_string_append (text, "很长的一行没有换行符，");
  len = text->len;
  source = read_string (text->str, text->len, &error);
  g_string_free (text, TRUE);

  g_assert_no_error (error);
  g_assert_cmpuint (source->paragraphs->len, ==, 1);
  paragraph = g_ptr_array_index (source->paragraphs, 0);
  g_assert_cmpuint (strlen (paragraph->text), ==, len);
  /* Too long for a title: a shortened copy stands in. */
  g_assert_true (g_str_has_suffix (source->title, "…"));
  g_assert_cmpint (source->script, ==, TF_SCRIPT_HANS);
}

static void
test_html_without_front_matter (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSource) source = NULL;
  const TfParagraph *paragraph;

  source = read_string ("<html><head><title> 页面\n标题 </title><style>p{}</style></head>"
                        "<body><h1>大标题</h1><p>正文&amp;更多&nbsp;内容，\n  English   words"
                        "<script>var x = '<p>';</script></p><blockquote>一段引文。</blockquote>"
                        "<ul><li><p>条目</p></li></ul></body></html>", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (source->title, ==, "页面标题");
  g_assert_cmpuint (source->paragraphs->len, ==, 4);
  paragraph = g_ptr_array_index (source->paragraphs, 0);
  g_assert_cmpstr (paragraph->text, ==, "大标题");
  g_assert_cmpint (paragraph->kind, ==, TF_PARAGRAPH_HEADING);
  paragraph = g_ptr_array_index (source->paragraphs, 1);
  g_assert_cmpstr (paragraph->text, ==, "正文&更多 内容， English words");
  paragraph = g_ptr_array_index (source->paragraphs, 2);
  g_assert_cmpint (paragraph->kind, ==, TF_PARAGRAPH_QUOTE);
  paragraph = g_ptr_array_index (source->paragraphs, 3);
  g_assert_cmpstr (paragraph->text, ==, "条目");
  g_assert_cmpint (paragraph->kind, ==, TF_PARAGRAPH_ITEM);
}

static void
test_plain_text_shapes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSource) source = NULL;
  static const struct { TfParagraphKind kind; const char *text; } expected[] = {
    { TF_PARAGRAPH_ITEM, "条目一" },
    { TF_PARAGRAPH_QUOTE, "引文" },
    { TF_PARAGRAPH_TEXT, "正文加粗和链接。" },
    { TF_PARAGRAPH_TEXT, "x < y & z" },
  };

  source = read_string ("\xEF\xBB\xBF\n\n# 标题\n\n- 条目一\n> 引文\n***\n"
                        "正文**加粗**和[链接](https://example.com/a)。\nx < y & z\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (source->title, ==, "标题");
  g_assert_cmpuint (source->paragraphs->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const TfParagraph *paragraph = g_ptr_array_index (source->paragraphs, i);

      g_assert_cmpstr (paragraph->text, ==, expected[i].text);
      g_assert_cmpint (paragraph->kind, ==, expected[i].kind);
    }
  g_assert_null (source->outlet);
  g_assert_null (source->url);
}

static void
test_front_matter_dates (void)
{
  static const struct { const char *value; const char *expected; } dates[] = {
    { "Wed, 15 Dec 2021 13:20:00 GMT", "2021-12-15" },
    { "4 Jun 2022 07:00:48 +0000", "2022-06-04" },
    { "2024-04-23", "2024-04-23" },
    { "'2024-04-23 10:00:00'", "2024-04-23" },
    { "2024/4/3", "2024-04-03" },
    { "2021-11", "2021-11" },
    { "2024-02-30", "" },
    { "yesterday", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *text = g_strdup_printf ("---\ntitle: \"A \\\"quoted\\\" title\"\n"
                                               "date: %s\n---\nHello world.\n", dates[i].value);
      g_autoptr(GError) error = NULL;
      g_autoptr(TfSource) source = read_string (text, -1, &error);
      g_autofree char *date = NULL;

      g_assert_no_error (error);
      date = tf_date_to_string (&source->date);
      g_assert_cmpstr (date, ==, dates[i].expected);
      g_assert_cmpstr (source->title, ==, "A \"quoted\" title");
      g_assert_cmpint (source->script, ==, TF_SCRIPT_LATIN);
    }
}

/* A converter's pinyin goes from the title as from the text, whether the
 * title comes from front matter, an HTML <title> or a first line. */
static void
test_title_pinyin (void)
{
  static const char *articles[] = {
    "---\ntitle: 'AI大牛紛紛離職!2021大廠AI Lab現(xiàn)狀盤點'\n---\nHello world.\n",
    ("<html><head><title>AI大牛紛紛離職!2021大廠AI Lab現(xiàn)狀盤點</title></head>"
     "<body><p>Hello world.</p></body></html>"),
    "AI大牛紛紛離職!2021大廠AI Lab現(xiàn)狀盤點\n\nHello world.\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TfSource) source = read_string (articles[i], -1, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (source->title, ==, "AI大牛紛紛離職!2021大廠AI Lab現狀盤點");
    }
}

/* Escapes in a double-quoted value may make control characters or bytes
 * that are not UTF-8; neither may reach the source. */
static void
test_front_matter_escapes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSource) source = NULL;

  source = read_string ("---\ntitle: \"标题\\001\\360\"\nauthor: \"虎\\t\\377嗅\"\n---\n正文。\n",
                        -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (source->title, ==, "标题 \xEF\xBF\xBD");
  g_assert_cmpstr (source->outlet, ==, "虎 \xEF\xBF\xBD嗅");
}

static void
test_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/article.txt");
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSource) source = NULL;

  source = tf_source_reader_read_file (file, "s", NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_null (source);
}

/* Inputs that made the fuzz target (tests/fuzz/fuzz-article.c) fail, and
 * hostile ones written by hand: each reads, or fails saying why. What
 * reads becomes a dataset, as when opened, that saves and loads again. */
static TfDataset *
read_article (GBytes      *bytes,
              const char  *name,
              GError     **error)
{
  g_autoptr(TfSource) source = tf_source_reader_read_bytes (bytes, name, "s1", error);
  g_autoptr(TfDataset) dataset = NULL;

  if (source == NULL)
    return NULL;
  g_assert_cmpuint (source->paragraphs->len, >, 0);
  dataset = tf_dataset_new ();
  tf_dataset_set_title (dataset, source->title);
  g_assert_true (tf_dataset_add_source (dataset, g_steal_pointer (&source), NULL));
  return g_steal_pointer (&dataset);
}

static void
test_fuzz_regressions (void)
{
  tf_test_check_fuzz_regressions ("article-", read_article);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autofree char *path = g_strdup_printf ("/source-reader/seed/%.3s", seeds[i].file);

      g_test_add_data_func (path, &seeds[i], test_seed);
    }
  g_test_add_func ("/source-reader/seed/markdown", test_seed_markdown);
  g_test_add_func ("/source-reader/seed/parentheses", test_seed_parentheses);
  g_test_add_func ("/source-reader/seed/gb18030", test_seed_gb18030);
  g_test_add_func ("/source-reader/seed/big5", test_seed_big5);
  g_test_add_func ("/source-reader/truncated-html", test_truncated_html);
  g_test_add_func ("/source-reader/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/source-reader/nul-bytes", test_nul_bytes);
  g_test_add_func ("/source-reader/encoding/utf-8", test_encoding_utf8);
  g_test_add_func ("/source-reader/encoding/utf-16", test_encoding_utf16);
  g_test_add_func ("/source-reader/encoding/gb18030", test_encoding_gb18030);
  g_test_add_func ("/source-reader/encoding/big5", test_encoding_big5);
  g_test_add_func ("/source-reader/encoding/short-texts", test_encoding_short_texts);
  g_test_add_func ("/source-reader/encoding/declared", test_encoding_declared);
  g_test_add_func ("/source-reader/encoding/damaged-utf-8", test_encoding_damaged_utf8);
  g_test_add_func ("/source-reader/binary", test_binary);
  g_test_add_func ("/source-reader/png", test_png_opened);
  g_test_add_func ("/source-reader/too-large", test_too_large);
  g_test_add_func ("/source-reader/empty", test_empty);
  g_test_add_func ("/source-reader/unterminated-front-matter", test_unterminated_front_matter);
  g_test_add_func ("/source-reader/deep-nesting", test_deep_nesting);
  g_test_add_func ("/source-reader/unclosed-tags", test_unclosed_tags);
  g_test_add_func ("/source-reader/html-errors-silent", test_html_errors_silent);
  g_test_add_func ("/source-reader/long-line", test_long_line);
  g_test_add_func ("/source-reader/html-without-front-matter", test_html_without_front_matter);
  g_test_add_func ("/source-reader/plain-text-shapes", test_plain_text_shapes);
  g_test_add_func ("/source-reader/front-matter-dates", test_front_matter_dates);
  g_test_add_func ("/source-reader/title-pinyin", test_title_pinyin);
  g_test_add_func ("/source-reader/front-matter-escapes", test_front_matter_escapes);
  g_test_add_func ("/source-reader/missing-file", test_missing_file);
  g_test_add_func ("/source-reader/fuzz-regressions", test_fuzz_regressions);

  return g_test_run ();
}
