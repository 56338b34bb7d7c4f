/* test-source-reader.c: the seed articles and hostile input.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-source-reader"

#include "config.h"

#include <string.h>

#include "tf-source-reader.h"

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
    "000_b1c6aaa2a0844c7d.txt", "互联网留不住科学家", "2021-12-15", TF_SCRIPT_HANS, 74,
    "虎嗅", "李贤焕", NULL,
    {
      { 0, TF_PARAGRAPH_TEXT, "本文来自微信公众号：20社（ID：quancaijing_20she），作者：李贤焕，"
                              "编辑：王晓玲，头图来自：视觉中国" },
      { 2, TF_PARAGRAPH_TEXT, "11月，复旦大学官宣原蚂蚁集团副总裁、AI团队负责人漆远正式加入复旦大学，"
                              "出任复旦大学“浩清教授”及复旦人工智能创新与产业研究院院长。" },
      { 8, TF_PARAGRAPH_HEADING, "一、留不住的科学家" },
      { 46, TF_PARAGRAPH_HEADING, "三、研究院，不是每家都玩得起" },
      /* Wholly bold, but a sentence: not a heading. */
      { 55, TF_PARAGRAPH_TEXT, "DeepMind自从2010年正式成立以来，就从没实现过盈利。" },
      { 73, TF_PARAGRAPH_TEXT, "明德为化名。本文来自微信公众号：20社（ID：quancaijing_20she），"
                               "作者：李贤焕，编辑：王晓玲" },
    },
  },
  {
    "001_299ef1fff7c01911.txt", "AI大牛紛紛離職!2021大廠AI Lab現狀盤點,網友:名存實亡", NULL,
    TF_SCRIPT_HANT, 72, "新智元", NULL, NULL,
    {
      /* The line comes twice in the file; the repeat is dropped. */
      { 0, TF_PARAGRAPH_TEXT, "新智元報道" },
      { 1, TF_PARAGRAPH_TEXT, "來源:知乎" },
      { 45, TF_PARAGRAPH_TEXT, "最新的消息便是,字節跳動AI Lab總監李磊離職加入UCSB!" },
      { 47, TF_PARAGRAPH_TEXT, "AI Lab總監李磊入職四年,論文引用量3000多次,2021年離職,"
                               "入職加州大學圣巴巴拉分校(UCSB)。" },
      { 54, TF_PARAGRAPH_TEXT, "吳恩達(Andrew Ng):Google Brain項目創始人,2017年從百度研究院院長卸任,"
                               "出任Woebot公司董事長。" },
      { 71, TF_PARAGRAPH_TEXT, "-往期精彩-" },
    },
  },
  {
    "002_a942309f719dd219.txt", "2021 年各家大厂的 AI Lab 现状如何?", NULL, TF_SCRIPT_HANS, 17,
    "知乎", NULL, "https://www.zhihu.com/question/476541860/answer/2033630051",
    {
      { 0, TF_PARAGRAPH_TEXT, "知易行难炼丹" },
      { 2, TF_PARAGRAPH_TEXT, "这个帖子似乎引起了很大的舆论效应，再补充一点。" },
      { 9, TF_PARAGRAPH_TEXT, "一句话，名存实亡。" },
      { 16, TF_PARAGRAPH_TEXT, "希望一切都会好起来吧。" },
    },
  },
  {
    "003_dd9e6ee67f5cdc93.txt", "Nature 证实：学术界刮起离职潮 大批学者涌向工业界", "2022-06-04",
    TF_SCRIPT_HANS, 83, "cnBeta", NULL, NULL,
    {
      /* Text straight inside <div>, ended by <br>. */
      { 0, TF_PARAGRAPH_TEXT, "Nature 最新发文：学术界正刮起一阵离职潮。这当中，处于职业中期的科学家尤甚。"
                              "而他们的集体归宿，是转向工业界。事实上，这种趋势由来已久。早在 2018 年一项研究"
                              "预测显示，高等教育将在五年内失去一半至三分之二的学术从业者。" },
      { 5, TF_PARAGRAPH_ITEM, "京东副总裁、AI大牛周伯文加入清华电子系；" },
      { 9, TF_PARAGRAPH_ITEM, "旷视南京研究院创始院长魏秀参，出任南京理工大学教授。" },
      { 13, TF_PARAGRAPH_HEADING, "国外学术界刮起离职潮" },
      { 52, TF_PARAGRAPH_TEXT, "伦敦帝国理工学院的一位教授表示，自己的一名博士生为了苹果开出的六位数薪资，"
                               "直接放弃学业。" },
      { 82, TF_PARAGRAPH_TEXT, "[4]https://twitter.com/search?q=%23leavingacademia&src=recent_search_click" },
    },
  },
  {
    "004_4c1bf5412017dcdf.txt", "AI教母李飞飞：AI学术界没钱没资源！没有拨款将会凋亡", "2024-04-23",
    TF_SCRIPT_HANS, 71, "ByteAILab", NULL, NULL,
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
  g_assert_nonnull (strstr (error->message, "byte offset 14"));
  g_clear_error (&error);

  for (guint i = 0; i < 4096; i++)
    noise[i] = (char) g_rand_int_range (rand, 1, 256);
  source = read_string (noise, 4096, &error);
  g_assert_error (error, TF_SOURCE_READER_ERROR, TF_SOURCE_READER_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "test.txt"));
}

static void
test_nul_bytes (void)
{
  static const char text[] = "标题\n正文\0更多\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSource) source = NULL;

  source = read_string (text, sizeof text - 1, &error);
  g_assert_error (error, TF_SOURCE_READER_ERROR, TF_SOURCE_READER_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "byte offset 13"));
  g_assert_null (source);
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

static void
test_deep_nesting (void)
{
  GString *html = g_string_new ("<p>开头的一段。</p>");
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSource) source = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append (html, "<div>");
  g_string_append (html, "<p>深处的文字。</p>");
  source = read_string (html->str, html->len, &error);
  g_string_free (html, TRUE);

  g_assert_no_error (error);
  g_assert_cmpstr (((TfParagraph *) g_ptr_array_index (source->paragraphs, 0))->text, ==,
                   "开头的一段。");
  assert_clean_paragraphs (source);
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
    "<html><head><title>AI大牛紛紛離職!2021大廠AI Lab現(xiàn)狀盤點</title></head>"
    "<body><p>Hello world.</p></body></html>",
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
  g_test_add_func ("/source-reader/truncated-html", test_truncated_html);
  g_test_add_func ("/source-reader/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/source-reader/nul-bytes", test_nul_bytes);
  g_test_add_func ("/source-reader/too-large", test_too_large);
  g_test_add_func ("/source-reader/empty", test_empty);
  g_test_add_func ("/source-reader/unterminated-front-matter", test_unterminated_front_matter);
  g_test_add_func ("/source-reader/deep-nesting", test_deep_nesting);
  g_test_add_func ("/source-reader/html-errors-silent", test_html_errors_silent);
  g_test_add_func ("/source-reader/long-line", test_long_line);
  g_test_add_func ("/source-reader/html-without-front-matter", test_html_without_front_matter);
  g_test_add_func ("/source-reader/plain-text-shapes", test_plain_text_shapes);
  g_test_add_func ("/source-reader/front-matter-dates", test_front_matter_dates);
  g_test_add_func ("/source-reader/title-pinyin", test_title_pinyin);
  g_test_add_func ("/source-reader/front-matter-escapes", test_front_matter_escapes);
  g_test_add_func ("/source-reader/missing-file", test_missing_file);

  return g_test_run ();
}
