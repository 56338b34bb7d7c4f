/* tf-extract-lexicon.c: the words the extractor knows.
 *
 * Every entry is written folded (simplified characters, lower case), as
 * the text it is matched against; traditional text folds to the same. The
 * words are general news language, not any article's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-extract"

#include "config.h"

#include <string.h>

#include "tf-extract-private.h"

#define T(text, role, kind, flags) { text, TOKEN_TRIGGER, role, kind, flags }
#define C(text, cue) { text, TOKEN_CUE, cue, 0, 0 }
#define CL(text, cue) { text, TOKEN_CUE, cue, 0, LEXICON_LATIN }
#define W(text, word) { text, TOKEN_WORD, word, 0, 0 }
#define WL(text, word) { text, TOKEN_WORD, word, 0, LEXICON_LATIN }
#define P(text, sector) { text, TOKEN_PLACE, sector, 0, 0 }
#define PL(text, sector) { text, TOKEN_PLACE, sector, 0, LEXICON_LATIN }
#define PRO(text) { text, TOKEN_PRONOUN, 0, 0, 0 }
#define PROL(text) { text, TOKEN_PRONOUN, 0, 0, LEXICON_LATIN }
#define R(text) { text, TOKEN_ROLE, 0, 0, 0 }
#define RL(text) { text, TOKEN_ROLE, 0, 0, LEXICON_LATIN }
#define S(text, sector, flags) { text, TOKEN_ORG, sector, 0, (flags) | LEXICON_SUFFIX }
#define LATIN LEXICON_LATIN

static const LexiconEntry lexicon[] = {
  /* Chinese triggers */
  T ("加入", TRIGGER_JOIN, TF_MOVE_JOIN, 0),
  T ("加盟", TRIGGER_JOIN, TF_MOVE_JOIN, 0),
  T ("入职", TRIGGER_JOIN, TF_MOVE_JOIN, 0),
  T ("入主", TRIGGER_JOIN, TF_MOVE_JOIN, 0),
  T ("投奔", TRIGGER_JOIN, TF_MOVE_JOIN, 0),
  T ("转投", TRIGGER_JOIN, TF_MOVE_JOIN, 0),
  T ("跳槽", TRIGGER_JOIN, TF_MOVE_JOIN, 0),
  T ("跳槽到", TRIGGER_JOIN, TF_MOVE_JOIN, 0),
  T ("跳槽至", TRIGGER_JOIN, TF_MOVE_JOIN, 0),
  T ("转战", TRIGGER_JOIN, TF_MOVE_JOIN, 0),
  T ("投身", TRIGGER_JOIN, TF_MOVE_JOIN, LEXICON_WEAK),
  T ("进入", TRIGGER_JOIN, TF_MOVE_JOIN, LEXICON_WEAK),
  T ("去了", TRIGGER_JOIN, TF_MOVE_JOIN, LEXICON_WEAK),
  T ("来到", TRIGGER_JOIN, TF_MOVE_JOIN, LEXICON_WEAK),
  T ("回到", TRIGGER_JOIN, TF_MOVE_JOIN, LEXICON_WEAK),
  T ("重返", TRIGGER_JOIN, TF_MOVE_JOIN, 0),
  T ("回归", TRIGGER_JOIN, TF_MOVE_JOIN, 0),
  T ("任职", TRIGGER_JOIN, TF_MOVE_JOIN, LEXICON_WEAK),
  T ("任教", TRIGGER_JOIN, TF_MOVE_JOIN, LEXICON_WEAK),
  T ("回任", TRIGGER_JOIN, TF_MOVE_JOIN, 0),
  T ("借调", TRIGGER_JOIN, TF_MOVE_JOIN, 0),
  T ("借调至", TRIGGER_JOIN, TF_MOVE_JOIN, 0),
  T ("接掌", TRIGGER_APPOINT, TF_MOVE_JOIN, 0),
  T ("请辞", TRIGGER_LEAVE, TF_MOVE_LEAVE, 0),
  T ("卸下", TRIGGER_LEAVE, TF_MOVE_LEAVE, 0),
  T ("调任", TRIGGER_APPOINT, TF_MOVE_TRANSFER, 0),
  T ("转任", TRIGGER_APPOINT, TF_MOVE_TRANSFER, 0),
  T ("调往", TRIGGER_JOIN, TF_MOVE_TRANSFER, 0),
  T ("转往", TRIGGER_JOIN, TF_MOVE_JOIN, 0),
  T ("转赴", TRIGGER_JOIN, TF_MOVE_JOIN, 0),
  T ("转至", TRIGGER_JOIN, TF_MOVE_JOIN, 0),
  T ("转到", TRIGGER_JOIN, TF_MOVE_JOIN, 0),
  T ("前往", TRIGGER_JOIN, TF_MOVE_JOIN, LEXICON_WEAK),
  T ("报到", TRIGGER_JOIN, TF_MOVE_JOIN, LEXICON_WEAK),
  T ("到职", TRIGGER_JOIN, TF_MOVE_JOIN, 0),
  T ("挖角", TRIGGER_HIRE, TF_MOVE_JOIN, LEXICON_ACTIVE_HIRE),
  T ("任命", TRIGGER_HIRE, TF_MOVE_APPOINTED, LEXICON_ACTIVE_HIRE),
  T ("引进", TRIGGER_HIRE, TF_MOVE_JOIN, LEXICON_ACTIVE_HIRE),
  T ("迎来", TRIGGER_HIRE, TF_MOVE_JOIN, LEXICON_ACTIVE_HIRE | LEXICON_WEAK),
  T ("就职", TRIGGER_JOIN, TF_MOVE_JOIN, LEXICON_WEAK),
  T ("履新", TRIGGER_JOIN, TF_MOVE_JOIN, 0),
  T ("受聘", TRIGGER_JOIN, TF_MOVE_JOIN, 0),
  T ("受聘为", TRIGGER_JOIN, TF_MOVE_JOIN, 0),
  T ("受聘于", TRIGGER_JOIN, TF_MOVE_JOIN, 0),
  T ("出任", TRIGGER_APPOINT, TF_MOVE_JOIN, 0),
  T ("担任", TRIGGER_APPOINT, TF_MOVE_JOIN, LEXICON_WEAK),
  T ("就任", TRIGGER_APPOINT, TF_MOVE_JOIN, 0),
  T ("执掌", TRIGGER_APPOINT, TF_MOVE_JOIN, 0),
  T ("升任", TRIGGER_APPOINT, TF_MOVE_APPOINTED, 0),
  T ("晋升为", TRIGGER_APPOINT, TF_MOVE_APPOINTED, 0),
  T ("被任命为", TRIGGER_APPOINT, TF_MOVE_APPOINTED, 0),
  T ("任命为", TRIGGER_APPOINT, TF_MOVE_APPOINTED, 0),
  T ("离职", TRIGGER_LEAVE, TF_MOVE_LEAVE, 0),
  T ("离开", TRIGGER_LEAVE, TF_MOVE_LEAVE, 0),
  T ("卸任", TRIGGER_LEAVE, TF_MOVE_LEAVE, 0),
  T ("辞去", TRIGGER_LEAVE, TF_MOVE_LEAVE, 0),
  T ("辞任", TRIGGER_LEAVE, TF_MOVE_LEAVE, 0),
  T ("辞职", TRIGGER_LEAVE, TF_MOVE_LEAVE, 0),
  T ("离任", TRIGGER_LEAVE, TF_MOVE_LEAVE, 0),
  T ("告别", TRIGGER_LEAVE, TF_MOVE_LEAVE, 0),
  T ("挥别", TRIGGER_LEAVE, TF_MOVE_LEAVE, 0),
  T ("出走", TRIGGER_LEAVE, TF_MOVE_LEAVE, 0),
  T ("退出", TRIGGER_LEAVE, TF_MOVE_LEAVE, LEXICON_WEAK),
  T ("退休", TRIGGER_LEAVE, TF_MOVE_LEAVE, 0),
  T ("创立", TRIGGER_FOUND, TF_MOVE_FOUND, 0),
  T ("创办", TRIGGER_FOUND, TF_MOVE_FOUND, 0),
  T ("创建", TRIGGER_FOUND, TF_MOVE_FOUND, 0),
  T ("联合创立", TRIGGER_FOUND, TF_MOVE_FOUND, 0),
  T ("联合创办", TRIGGER_FOUND, TF_MOVE_FOUND, 0),
  T ("共同创立", TRIGGER_FOUND, TF_MOVE_FOUND, 0),
  T ("共同创办", TRIGGER_FOUND, TF_MOVE_FOUND, 0),
  T ("成立了", TRIGGER_FOUND, TF_MOVE_FOUND, 0),
  T ("成立", TRIGGER_FOUND, TF_MOVE_FOUND, LEXICON_WEAK),
  T ("创业", TRIGGER_FOUND, TF_MOVE_FOUND, LEXICON_TO_STARTUP | LEXICON_WEAK),
  T ("离职创业", TRIGGER_FOUND, TF_MOVE_FOUND, LEXICON_TO_STARTUP),
  T ("下海创业", TRIGGER_FOUND, TF_MOVE_FOUND, LEXICON_TO_STARTUP),
  T ("重返学界", TRIGGER_RETURN, TF_MOVE_RETURN_ACADEMIA, LEXICON_TO_ACADEMIA),
  T ("重返学术界", TRIGGER_RETURN, TF_MOVE_RETURN_ACADEMIA, LEXICON_TO_ACADEMIA),
  T ("回归学界", TRIGGER_RETURN, TF_MOVE_RETURN_ACADEMIA, LEXICON_TO_ACADEMIA),
  T ("回归学术界", TRIGGER_RETURN, TF_MOVE_RETURN_ACADEMIA, LEXICON_TO_ACADEMIA),
  T ("回归学术", TRIGGER_RETURN, TF_MOVE_RETURN_ACADEMIA, LEXICON_TO_ACADEMIA),
  T ("重返高校", TRIGGER_RETURN, TF_MOVE_RETURN_ACADEMIA, LEXICON_TO_ACADEMIA),
  T ("回归高校", TRIGGER_RETURN, TF_MOVE_RETURN_ACADEMIA, LEXICON_TO_ACADEMIA),
  T ("重回学界", TRIGGER_RETURN, TF_MOVE_RETURN_ACADEMIA, LEXICON_TO_ACADEMIA),
  T ("重回学术界", TRIGGER_RETURN, TF_MOVE_RETURN_ACADEMIA, LEXICON_TO_ACADEMIA),
  T ("带走", TRIGGER_HIRE, TF_MOVE_JOIN, LEXICON_ACTIVE_HIRE),
  T ("挖走", TRIGGER_HIRE, TF_MOVE_JOIN, LEXICON_ACTIVE_HIRE),
  T ("挖来", TRIGGER_HIRE, TF_MOVE_JOIN, LEXICON_ACTIVE_HIRE),
  T ("聘请", TRIGGER_HIRE, TF_MOVE_JOIN, LEXICON_ACTIVE_HIRE),
  T ("招揽", TRIGGER_HIRE, TF_MOVE_JOIN, LEXICON_ACTIVE_HIRE),
  T ("延揽", TRIGGER_HIRE, TF_MOVE_JOIN, LEXICON_ACTIVE_HIRE),
  /* English triggers */
  T ("join", TRIGGER_JOIN, TF_MOVE_JOIN, LATIN),
  T ("joins", TRIGGER_JOIN, TF_MOVE_JOIN, LATIN),
  T ("joined", TRIGGER_JOIN, TF_MOVE_JOIN, LATIN),
  T ("joining", TRIGGER_JOIN, TF_MOVE_JOIN, LATIN),
  T ("moved to", TRIGGER_JOIN, TF_MOVE_JOIN, LATIN),
  T ("moves to", TRIGGER_JOIN, TF_MOVE_JOIN, LATIN),
  T ("move to", TRIGGER_JOIN, TF_MOVE_JOIN, LATIN),
  T ("went to", TRIGGER_JOIN, TF_MOVE_JOIN, LATIN | LEXICON_WEAK),
  T ("signed on with", TRIGGER_JOIN, TF_MOVE_JOIN, LATIN),
  T ("defected to", TRIGGER_JOIN, TF_MOVE_JOIN, LATIN),
  T ("returned to", TRIGGER_JOIN, TF_MOVE_JOIN, LATIN),
  T ("returns to", TRIGGER_JOIN, TF_MOVE_JOIN, LATIN),
  T ("return to", TRIGGER_JOIN, TF_MOVE_JOIN, LATIN),
  T ("hired by", TRIGGER_JOIN, TF_MOVE_JOIN, LATIN),
  T ("recruited by", TRIGGER_JOIN, TF_MOVE_JOIN, LATIN),
  T ("poached by", TRIGGER_JOIN, TF_MOVE_JOIN, LATIN),
  T ("named", TRIGGER_APPOINT, TF_MOVE_JOIN, LATIN),
  T ("appointed", TRIGGER_APPOINT, TF_MOVE_JOIN, LATIN),
  T ("promoted to", TRIGGER_APPOINT, TF_MOVE_APPOINTED, LATIN),
  T ("took the helm", TRIGGER_APPOINT, TF_MOVE_JOIN, LATIN),
  T ("takes the helm", TRIGGER_APPOINT, TF_MOVE_JOIN, LATIN),
  T ("left", TRIGGER_LEAVE, TF_MOVE_LEAVE, LATIN),
  T ("leaves", TRIGGER_LEAVE, TF_MOVE_LEAVE, LATIN),
  T ("leave", TRIGGER_LEAVE, TF_MOVE_LEAVE, LATIN),
  T ("leaving", TRIGGER_LEAVE, TF_MOVE_LEAVE, LATIN),
  T ("departed", TRIGGER_LEAVE, TF_MOVE_LEAVE, LATIN),
  T ("departs", TRIGGER_LEAVE, TF_MOVE_LEAVE, LATIN),
  T ("quit", TRIGGER_LEAVE, TF_MOVE_LEAVE, LATIN),
  T ("quits", TRIGGER_LEAVE, TF_MOVE_LEAVE, LATIN),
  T ("resigned from", TRIGGER_LEAVE, TF_MOVE_LEAVE, LATIN),
  T ("resigned", TRIGGER_LEAVE, TF_MOVE_LEAVE, LATIN),
  T ("resigns", TRIGGER_LEAVE, TF_MOVE_LEAVE, LATIN),
  T ("stepped down", TRIGGER_LEAVE, TF_MOVE_LEAVE, LATIN),
  T ("steps down", TRIGGER_LEAVE, TF_MOVE_LEAVE, LATIN),
  T ("step down", TRIGGER_LEAVE, TF_MOVE_LEAVE, LATIN),
  T ("exited", TRIGGER_LEAVE, TF_MOVE_LEAVE, LATIN),
  T ("founded", TRIGGER_FOUND, TF_MOVE_FOUND, LATIN),
  T ("co-founded", TRIGGER_FOUND, TF_MOVE_FOUND, LATIN),
  T ("cofounded", TRIGGER_FOUND, TF_MOVE_FOUND, LATIN),
  T ("founds", TRIGGER_FOUND, TF_MOVE_FOUND, LATIN),
  T ("to found", TRIGGER_FOUND, TF_MOVE_FOUND, LATIN),
  T ("to co-found", TRIGGER_FOUND, TF_MOVE_FOUND, LATIN),
  T ("to start", TRIGGER_FOUND, TF_MOVE_FOUND, LATIN | LEXICON_WEAK),
  T ("launched a startup", TRIGGER_FOUND, TF_MOVE_FOUND, LATIN | LEXICON_TO_STARTUP),
  T ("have launched a startup", TRIGGER_FOUND, TF_MOVE_FOUND, LATIN | LEXICON_TO_STARTUP),
  T ("has launched a startup", TRIGGER_FOUND, TF_MOVE_FOUND, LATIN | LEXICON_TO_STARTUP),
  T ("took a job at", TRIGGER_JOIN, TF_MOVE_JOIN, LATIN),
  T ("take up", TRIGGER_JOIN, TF_MOVE_JOIN, LATIN | LEXICON_WEAK),
  T ("took up", TRIGGER_JOIN, TF_MOVE_JOIN, LATIN | LEXICON_WEAK),
  T ("takes up", TRIGGER_JOIN, TF_MOVE_JOIN, LATIN | LEXICON_WEAK),
  T ("to start a company", TRIGGER_FOUND, TF_MOVE_FOUND, LATIN | LEXICON_TO_STARTUP),
  T ("to found a company", TRIGGER_FOUND, TF_MOVE_FOUND, LATIN | LEXICON_TO_STARTUP),
  T ("to co-found a company", TRIGGER_FOUND, TF_MOVE_FOUND, LATIN | LEXICON_TO_STARTUP),
  T ("to launch a startup", TRIGGER_FOUND, TF_MOVE_FOUND, LATIN | LEXICON_TO_STARTUP),
  T ("to start a startup", TRIGGER_FOUND, TF_MOVE_FOUND, LATIN | LEXICON_TO_STARTUP),
  T ("retired", TRIGGER_LEAVE, TF_MOVE_LEAVE, LATIN),
  T ("retires", TRIGGER_LEAVE, TF_MOVE_LEAVE, LATIN),
  T ("jumped ship", TRIGGER_JOIN, TF_MOVE_JOIN, LATIN),
  T ("signed with", TRIGGER_JOIN, TF_MOVE_JOIN, LATIN),
  T ("rejoined", TRIGGER_JOIN, TF_MOVE_JOIN, LATIN),
  T ("rejoins", TRIGGER_JOIN, TF_MOVE_JOIN, LATIN),
  T ("started as", TRIGGER_JOIN, TF_MOVE_JOIN, LATIN),
  T ("starts as", TRIGGER_JOIN, TF_MOVE_JOIN, LATIN),
  T ("tapped by", TRIGGER_JOIN, TF_MOVE_JOIN, LATIN),
  T ("is joining", TRIGGER_JOIN, TF_MOVE_JOIN, LATIN | LEXICON_PLANNED),
  T ("are joining", TRIGGER_JOIN, TF_MOVE_JOIN, LATIN | LEXICON_PLANNED),
  T ("is leaving", TRIGGER_LEAVE, TF_MOVE_LEAVE, LATIN | LEXICON_PLANNED),
  T ("are leaving", TRIGGER_LEAVE, TF_MOVE_LEAVE, LATIN | LEXICON_PLANNED),
  T ("took a position at", TRIGGER_JOIN, TF_MOVE_JOIN, LATIN),
  T ("has moved to", TRIGGER_JOIN, TF_MOVE_JOIN, LATIN),
  T ("launched", TRIGGER_FOUND, TF_MOVE_FOUND, LATIN | LEXICON_WEAK),
  T ("started", TRIGGER_FOUND, TF_MOVE_FOUND, LATIN | LEXICON_WEAK),
  T ("set up", TRIGGER_FOUND, TF_MOVE_FOUND, LATIN | LEXICON_WEAK),
  T ("start a company", TRIGGER_FOUND, TF_MOVE_FOUND, LATIN | LEXICON_TO_STARTUP),
  T ("start his own company", TRIGGER_FOUND, TF_MOVE_FOUND, LATIN | LEXICON_TO_STARTUP),
  T ("start her own company", TRIGGER_FOUND, TF_MOVE_FOUND, LATIN | LEXICON_TO_STARTUP),
  T ("start a startup", TRIGGER_FOUND, TF_MOVE_FOUND, LATIN | LEXICON_TO_STARTUP),
  T ("returned to academia", TRIGGER_RETURN, TF_MOVE_RETURN_ACADEMIA, LATIN | LEXICON_TO_ACADEMIA),
  T ("returns to academia", TRIGGER_RETURN, TF_MOVE_RETURN_ACADEMIA, LATIN | LEXICON_TO_ACADEMIA),
  T ("return to academia", TRIGGER_RETURN, TF_MOVE_RETURN_ACADEMIA, LATIN | LEXICON_TO_ACADEMIA),
  T ("went back to academia", TRIGGER_RETURN, TF_MOVE_RETURN_ACADEMIA, LATIN | LEXICON_TO_ACADEMIA),
  T ("hired", TRIGGER_HIRE, TF_MOVE_JOIN, LATIN | LEXICON_ACTIVE_HIRE),
  T ("hires", TRIGGER_HIRE, TF_MOVE_JOIN, LATIN | LEXICON_ACTIVE_HIRE),
  T ("has hired", TRIGGER_HIRE, TF_MOVE_JOIN, LATIN | LEXICON_ACTIVE_HIRE),
  T ("poached", TRIGGER_HIRE, TF_MOVE_JOIN, LATIN | LEXICON_ACTIVE_HIRE),
  T ("recruited", TRIGGER_HIRE, TF_MOVE_JOIN, LATIN | LEXICON_ACTIVE_HIRE),
  T ("lured", TRIGGER_HIRE, TF_MOVE_JOIN, LATIN | LEXICON_ACTIVE_HIRE),

  /* Positions held, not taken */
  C ("现任", CUE_STATIC), C ("曾任", CUE_STATIC), C ("历任", CUE_STATIC),
  C ("目前在", CUE_STATIC), C ("目前担任", CUE_STATIC), C ("现为", CUE_STATIC),
  C ("现担任", CUE_STATIC), C ("一直在", CUE_STATIC), C ("长期在", CUE_STATIC),
  C ("仍在", CUE_STATIC), C ("至今", CUE_STATIC), C ("身为", CUE_STATIC),
  C ("曾担任", CUE_STATIC), C ("兼任", CUE_STATIC), C ("同时担任", CUE_STATIC),
  C ("曾在", CUE_LIST), C ("曾经在", CUE_LIST), C ("先后在", CUE_LIST),
  C ("曾就职于", CUE_LIST), C ("曾供职于", CUE_LIST),
  C ("任职于", CUE_STATIC), C ("目前任职", CUE_STATIC), C ("现任职于", CUE_STATIC),
  C ("就职于", CUE_STATIC), C ("供职于", CUE_STATIC),
  CL ("serves as", CUE_STATIC), CL ("served as", CUE_STATIC), CL ("serving as", CUE_STATIC),
  CL ("currently", CUE_STATIC), CL ("has worked", CUE_STATIC), CL ("has been at", CUE_STATIC),
  CL ("has spent", CUE_STATIC), CL ("is a professor", CUE_STATIC), CL ("works at", CUE_STATIC),
  CL ("previously worked", CUE_LIST), CL ("previously held", CUE_LIST),
  CL ("worked at", CUE_LIST), CL ("whose career", CUE_LIST), CL ("stints at", CUE_LIST),

  /* Not moves */
  C ("毕业于", CUE_NOT_MOVE), C ("毕业", CUE_NOT_MOVE), C ("博士学位", CUE_NOT_MOVE),
  C ("攻读", CUE_NOT_MOVE), C ("就读", CUE_NOT_MOVE), C ("求学", CUE_NOT_MOVE),
  C ("当选", CUE_NOT_MOVE), C ("荣获", CUE_NOT_MOVE), C ("获评", CUE_NOT_MOVE),
  C ("获颁", CUE_NOT_MOVE), C ("入选", CUE_NOT_MOVE), C ("授予", CUE_NOT_MOVE),
  C ("收购", CUE_NOT_MOVE), C ("并购", CUE_NOT_MOVE), C ("投资了", CUE_NOT_MOVE),
  C ("访问", CUE_NOT_MOVE), C ("演讲", CUE_NOT_MOVE), C ("合作", CUE_NOT_MOVE),
  CL ("graduated", CUE_NOT_MOVE), CL ("earned a phd", CUE_NOT_MOVE), CL ("received his phd",
                                                                         CUE_NOT_MOVE),
  CL ("received her phd", CUE_NOT_MOVE), CL ("studied", CUE_NOT_MOVE), CL ("was elected",
                                                                           CUE_NOT_MOVE),
  CL ("awarded", CUE_NOT_MOVE), CL ("won the", CUE_NOT_MOVE), CL ("acquired", CUE_NOT_MOVE),
  CL ("acquisition", CUE_NOT_MOVE), CL ("acquires", CUE_NOT_MOVE), CL ("a talk at", CUE_NOT_MOVE),
  CL ("visited", CUE_NOT_MOVE), CL ("invested in", CUE_NOT_MOVE),
  C ("逝世", CUE_DEATH), C ("去世", CUE_DEATH), C ("病逝", CUE_DEATH), C ("离世", CUE_DEATH),
  C ("与世长辞", CUE_DEATH), C ("离开了我们", CUE_DEATH), C ("享年", CUE_DEATH),
  CL ("passed away", CUE_DEATH), CL ("died", CUE_DEATH), CL ("dies", CUE_DEATH),
  C ("希望", CUE_BLOCK), C ("想要", CUE_BLOCK), C ("想去", CUE_BLOCK), C ("打算", CUE_BLOCK),
  C ("考虑", CUE_BLOCK), C ("有意", CUE_BLOCK), C ("渴望", CUE_BLOCK), C ("梦想", CUE_BLOCK),
  C ("邀请", CUE_BLOCK), C ("邀约", CUE_BLOCK), C ("婉拒", CUE_BLOCK), C ("拒绝", CUE_BLOCK),
  CL ("offer", CUE_BLOCK), C ("如果", CUE_BLOCK), C ("是否", CUE_BLOCK), C ("可能会", CUE_BLOCK),
  C ("建议", CUE_BLOCK), C ("鼓励", CUE_BLOCK), C ("欢迎", CUE_BLOCK), C ("呼吁", CUE_BLOCK),
  CL ("wants to", CUE_BLOCK), CL ("want to", CUE_BLOCK), CL ("hopes to", CUE_BLOCK),
  CL ("hoped to", CUE_BLOCK), CL ("would like to", CUE_BLOCK), CL ("considering", CUE_BLOCK),
  CL ("considered", CUE_BLOCK), CL ("declined", CUE_BLOCK), CL ("turned down", CUE_BLOCK),
  CL ("rejected", CUE_BLOCK), CL ("was offered", CUE_BLOCK), CL ("offered", CUE_BLOCK),
  CL ("an offer", CUE_BLOCK), CL ("invited", CUE_BLOCK), CL ("invitation", CUE_BLOCK),
  CL ("if", CUE_BLOCK), CL ("whether", CUE_BLOCK), CL ("dreams of", CUE_BLOCK),
  CL ("urged", CUE_BLOCK), CL ("might", CUE_BLOCK), CL ("could", CUE_BLOCK),
  C ("未", CUE_NEGATION), C ("没有", CUE_NEGATION), C ("没", CUE_NEGATION), C ("不会", CUE_NEGATION),
  C ("并未", CUE_NEGATION), C ("不", CUE_NEGATION), C ("无意", CUE_NEGATION),
  CL ("not", CUE_NEGATION), CL ("never", CUE_NEGATION), CL ("didn't", CUE_NEGATION),
  CL ("won't", CUE_NEGATION), CL ("no plans to", CUE_NEGATION), CL ("hasn't", CUE_NEGATION),
  C ("竞争", CUE_METAPHOR), C ("竞赛", CUE_METAPHOR), C ("行列", CUE_METAPHOR),
  C ("战局", CUE_METAPHOR), C ("大战", CUE_METAPHOR), C ("讨论", CUE_METAPHOR),
  C ("赛道", CUE_METAPHOR), C ("浪潮", CUE_METAPHOR), C ("阵营", CUE_METAPHOR),
  C ("联盟", CUE_METAPHOR), C ("计划", CUE_PLAN), C ("项目", CUE_METAPHOR),
  CL ("race", CUE_METAPHOR), CL ("fray", CUE_METAPHOR), CL ("debate", CUE_METAPHOR),
  CL ("chorus", CUE_METAPHOR), CL ("ranks of", CUE_METAPHOR), CL ("effort", CUE_METAPHOR),
  CL ("campaign", CUE_METAPHOR), CL ("coalition", CUE_METAPHOR), CL ("forces", CUE_METAPHOR),
  C ("们", CUE_GENERIC), C ("他们", CUE_GENERIC), C ("她们", CUE_GENERIC),
  C ("大家", CUE_GENERIC), C ("许多人", CUE_GENERIC), C ("不少人", CUE_GENERIC),
  C ("很多人", CUE_GENERIC), CL ("many", CUE_GENERIC), CL ("others", CUE_GENERIC),
  CL ("then", CUE_SUCCESSIVE), CL ("later", CUE_SUCCESSIVE), CL ("and later", CUE_SUCCESSIVE),
  CL ("and then", CUE_SUCCESSIVE), CL ("finally", CUE_SUCCESSIVE), C ("后来", CUE_SUCCESSIVE),
  C ("随后", CUE_SUCCESSIVE), C ("之后又", CUE_SUCCESSIVE), C ("后又", CUE_SUCCESSIVE),
  C ("先后", CUE_SUCCESSIVE), C ("相继", CUE_SUCCESSIVE), C ("辗转", CUE_SUCCESSIVE),
  C ("陆续", CUE_SUCCESSIVE), CL ("successively", CUE_SUCCESSIVE),
  CL ("subsequently", CUE_SUCCESSIVE), CL ("in turn", CUE_SUCCESSIVE),
  CL ("went on to", CUE_SUCCESSIVE),

  /* Status */
  C ("据传", CUE_RUMOUR), C ("传出", CUE_RUMOUR), C ("传闻", CUE_RUMOUR), C ("疑似", CUE_RUMOUR),
  C ("据知情人士", CUE_RUMOUR), C ("知情人士", CUE_RUMOUR), C ("网传", CUE_RUMOUR),
  C ("被曝", CUE_RUMOUR), C ("曝出", CUE_RUMOUR), C ("爆料", CUE_RUMOUR), C ("传言", CUE_RUMOUR),
  C ("或将", CUE_RUMOUR), C ("或已", CUE_RUMOUR), C ("据称", CUE_RUMOUR), C ("消息称", CUE_RUMOUR),
  C ("坊间", CUE_RUMOUR), C ("小道消息", CUE_RUMOUR),
  CL ("reportedly", CUE_RUMOUR), CL ("is said to", CUE_RUMOUR), CL ("are said to", CUE_RUMOUR),
  CL ("rumored", CUE_RUMOUR), CL ("rumoured", CUE_RUMOUR), CL ("rumor", CUE_RUMOUR),
  CL ("rumour", CUE_RUMOUR), CL ("rumors", CUE_RUMOUR), CL ("rumours", CUE_RUMOUR),
  CL ("sources say", CUE_RUMOUR), CL ("sources said", CUE_RUMOUR),
  CL ("people familiar", CUE_RUMOUR), CL ("according to people", CUE_RUMOUR),
  CL ("is believed to", CUE_RUMOUR), CL ("speculation", CUE_RUMOUR), CL ("unconfirmed", CUE_RUMOUR),
  C ("将", CUE_PLAN), C ("即将", CUE_PLAN), C ("将于", CUE_PLAN), C ("拟", CUE_PLAN),
  C ("准备", CUE_PLAN), C ("计划于", CUE_PLAN), C ("预计", CUE_PLAN), C ("将会", CUE_PLAN),
  /* Taiwan writes 計畫, which folds to 计画. */
  C ("计画", CUE_PLAN), C ("计画于", CUE_PLAN),
  CL ("will", CUE_PLAN), CL ("is set to", CUE_PLAN), CL ("are set to", CUE_PLAN),
  CL ("is expected to", CUE_PLAN), CL ("is to", CUE_PLAN), CL ("plans to", CUE_PLAN),
  CL ("is poised to", CUE_PLAN), CL ("is slated to", CUE_PLAN), CL ("is due to", CUE_PLAN),
  C ("否认", CUE_DENIAL), C ("辟谣", CUE_DENIAL), C ("不实", CUE_DENIAL), C ("谣言", CUE_DENIAL),
  C ("纯属", CUE_DENIAL), C ("澄清", CUE_DENIAL), C ("并无此事", CUE_DENIAL), C ("子虚乌有", CUE_DENIAL),
  CL ("denied", CUE_DENIAL), CL ("denies", CUE_DENIAL), CL ("dismissed", CUE_DENIAL),
  CL ("untrue", CUE_DENIAL), CL ("false", CUE_DENIAL), CL ("no truth", CUE_DENIAL),
  CL ("refuted", CUE_DENIAL), CL ("not true", CUE_DENIAL),

  /* Little words */
  W ("从", WORD_FROM), W ("自", WORD_FROM), W ("由", WORD_FROM), WL ("from", WORD_FROM),
  W ("前", WORD_FORMER), W ("原", WORD_FORMER), W ("昔日", WORD_FORMER),
  WL ("former", WORD_FORMER), WL ("formerly of", WORD_FORMER), WL ("ex-", WORD_FORMER),
  WL ("previously at", WORD_FORMER), WL ("formerly at", WORD_FORMER), WL ("formerly", WORD_FORMER),
  WL ("who previously led", WORD_FORMER), WL ("who led", WORD_FORMER), WL ("who ran", WORD_FORMER),
  WL ("who previously worked at", WORD_FORMER), WL ("previously", WORD_FORMER),
  W ("的", WORD_OF), WL ("'s", WORD_OF), WL ("of", WORD_OF),
  W ("和", WORD_AND), W ("与", WORD_AND), W ("及", WORD_AND), W ("、", WORD_AND),
  W ("以及", WORD_AND), W ("同", WORD_AND), WL ("and", WORD_AND),
  W ("其中", WORD_OTHER), W ("其他", WORD_OTHER), W ("其实", WORD_OTHER), W ("其余", WORD_OTHER),
  W ("包括", WORD_OTHER), W ("例如", WORD_OTHER), W ("比如", WORD_OTHER), W ("则", WORD_OTHER),
  W ("而", WORD_OTHER), W ("让", WORD_OTHER), W ("令", WORD_OTHER), W ("对", WORD_OTHER),
  W ("向", WORD_OTHER), W ("当时", WORD_OTHER), W ("此后", WORD_OTHER),
  W ("之后", WORD_AFTER), W ("正式", WORD_OTHER), W ("宣布", WORD_SAY),
  W ("表示", WORD_SAY), W ("透露", WORD_SAY), W ("确认", WORD_SAY), W ("证实", WORD_SAY),
  W ("官宣", WORD_SAY), WL ("announced", WORD_SAY), WL ("said", WORD_SAY), WL ("confirmed", WORD_SAY),
  WL ("says", WORD_SAY), W ("全职", WORD_OTHER), W ("夏天", WORD_OTHER), W ("春天", WORD_OTHER),
  W ("秋天", WORD_OTHER), W ("冬天", WORD_OTHER), W ("陆续", WORD_OTHER), W ("集体", WORD_OTHER),
  W ("选择", WORD_OTHER), W ("终于", WORD_OTHER), W ("转而", WORD_OTHER),
  W ("也", WORD_OTHER), W ("已", WORD_OTHER),
  W ("已经", WORD_OTHER), W ("说", WORD_SAY), W ("称", WORD_SAY), W ("还", WORD_OTHER),
  W ("又", WORD_OTHER), W ("都", WORD_OTHER), W ("并", WORD_OTHER), W ("但", WORD_OTHER),
  W ("此前", WORD_OTHER), W ("目前", WORD_OTHER), W ("是", WORD_OTHER), W ("后", WORD_AFTER),
  W ("以后", WORD_AFTER), W ("结束", WORD_AFTER), WL ("after", WORD_AFTER),
  W ("被", WORD_PASSIVE), WL ("was", WORD_PASSIVE), WL ("were", WORD_PASSIVE),
  WL ("been", WORD_PASSIVE), WL ("is", WORD_PASSIVE),
  W ("在", WORD_AT), W ("于", WORD_AT), WL ("at", WORD_AT), WL ("in", WORD_AT),
  W ("到", WORD_TO), W ("至", WORD_TO), W ("往", WORD_TO), W ("赴", WORD_TO),
  WL ("to", WORD_TO), WL ("for", WORD_TO),
  W ("任", WORD_AS), W ("为", WORD_AS), W ("作为", WORD_AS), WL ("as", WORD_AS),
  W ("跟随", WORD_FOLLOW), W ("带着", WORD_FOLLOW), W ("率领", WORD_FOLLOW),
  W ("追随", WORD_FOLLOW), W ("跟着", WORD_FOLLOW),
  W ("随同", WORD_FOLLOW), W ("带领", WORD_FOLLOW), W ("接替", WORD_FOLLOW),
  WL ("following", WORD_FOLLOW), WL ("succeeding", WORD_FOLLOW), WL ("replacing", WORD_FOLLOW),
  WL ("with", WORD_WITH), W ("一起", WORD_WITH), W ("一同", WORD_WITH),
  W ("待了", WORD_DURATION), W ("工作了", WORD_DURATION), W ("任职了", WORD_DURATION),

  /* Unnamed places */
  P ("学界", TF_SECTOR_ACADEMIA), P ("学术界", TF_SECTOR_ACADEMIA), P ("高校", TF_SECTOR_ACADEMIA),
  P ("校园", TF_SECTOR_ACADEMIA), P ("学术圈", TF_SECTOR_ACADEMIA),
  P ("业界", TF_SECTOR_COMPANY), P ("工业界", TF_SECTOR_COMPANY), P ("产业界", TF_SECTOR_COMPANY),
  P ("企业界", TF_SECTOR_COMPANY), P ("大厂", TF_SECTOR_COMPANY),
  PL ("academia", TF_SECTOR_ACADEMIA), PL ("industry", TF_SECTOR_COMPANY),

  /* Titles, which announce a name after them ("首席科学家X") and make up
   * a role after a trigger ("出任百度首席科学家") */
  R ("首席科学家"), R ("架构师"), R ("首席架构师"), R ("分析师"), R ("设计师"), R ("研究科学家"),
  R ("算法专家"), R ("技术负责人"), R ("获得者"), R ("青年教师"), R ("教师"), R ("首席技术官"),
  R ("首席执行官"), R ("首席运营官"), R ("首席数据官"), R ("首席ai科学家"), R ("联合创始人"),
  R ("创始人"), R ("合伙人"), R ("董事长"), R ("总经理"), R ("副总经理"), R ("高级副总裁"), R ("副总裁"), R ("总裁"),
  R ("院长"), R ("副院长"), R ("所长"), R ("主任"), R ("副主任"), R ("负责人"), R ("总监"), R ("技术总监"),
  R ("主管"), R ("讲席教授"), R ("终身教授"), R ("副教授"), R ("助理教授"), R ("教授"), R ("研究员"), R ("首席研究员"),
  R ("科学家"), R ("工程师"), R ("高管"), R ("掌门人"), R ("博士"), RL ("ceo"), RL ("cto"), RL ("coo"),
  RL ("cfo"), RL ("vp"), R ("技术副总裁"), R ("主席"), R ("理事长"), R ("校长"), R ("系主任"), R ("学者"),
  R ("专家"), R ("大牛"), R ("教母"), R ("之父"), RL ("chief scientist"), RL ("chief executive"),
  RL ("chief technology officer"), RL ("chief ai scientist"), RL ("vice president"),
  RL ("senior vice president"), RL ("professor"), RL ("director"), RL ("head"),
  RL ("president"), RL ("chairman"), RL ("co-founder"), RL ("founder"), RL ("researcher"),
  RL ("research scientist"), RL ("engineer"), RL ("partner"), RL ("dean"), RL ("fellow"),

  /* The last word of an organization's name the gazetteer does not know */
  S ("大学", TF_SECTOR_ACADEMIA, 0),
  S ("研发中心", TF_SECTOR_CORPORATE_LAB, 0),
  S ("所", TF_SECTOR_ACADEMIA, LEXICON_CHILD_ONLY),
  S ("台湾", TF_SECTOR_COMPANY, LEXICON_CHILD_ONLY),
  S ("中国", TF_SECTOR_COMPANY, LEXICON_CHILD_ONLY),
  S ("香港", TF_SECTOR_COMPANY, LEXICON_CHILD_ONLY),
  S ("北京", TF_SECTOR_COMPANY, LEXICON_CHILD_ONLY),
  S ("上海", TF_SECTOR_COMPANY, LEXICON_CHILD_ONLY),
  S ("深圳", TF_SECTOR_COMPANY, LEXICON_CHILD_ONLY),
  S ("美国", TF_SECTOR_COMPANY, LEXICON_CHILD_ONLY),
  S ("电子", TF_SECTOR_COMPANY, 0),
  S ("电脑", TF_SECTOR_COMPANY, 0),
  S ("汽车", TF_SECTOR_COMPANY, 0),
  S ("半导体", TF_SECTOR_COMPANY, 0),
  S ("通信", TF_SECTOR_COMPANY, 0),
  S ("软件", TF_SECTOR_COMPANY, 0),
  S ("资本", TF_SECTOR_STARTUP, 0),
  S ("基金", TF_SECTOR_STARTUP, 0),
  S ("银行", TF_SECTOR_COMPANY, 0),
  S ("医院", TF_SECTOR_ACADEMIA, 0),
  S ("工作室", TF_SECTOR_STARTUP, 0),
  S ("团队", TF_SECTOR_CORPORATE_LAB, 0),
  S ("学院", TF_SECTOR_ACADEMIA, 0),
  S ("研究院", TF_SECTOR_CORPORATE_LAB, 0),
  S ("研究所", TF_SECTOR_ACADEMIA, 0),
  S ("研究中心", TF_SECTOR_CORPORATE_LAB, 0),
  S ("实验室", TF_SECTOR_CORPORATE_LAB, 0),
  S ("有限公司", TF_SECTOR_COMPANY, 0),
  S ("公司", TF_SECTOR_COMPANY, 0),
  S ("集团", TF_SECTOR_COMPANY, 0),
  S ("科技", TF_SECTOR_STARTUP, 0),
  S ("系", TF_SECTOR_ACADEMIA, 0),
  S ("科学院", TF_SECTOR_ACADEMIA, 0),
  S ("lab", TF_SECTOR_CORPORATE_LAB, LATIN),
  S ("labs", TF_SECTOR_CORPORATE_LAB, LATIN),
  S ("事业群", TF_SECTOR_COMPANY, 0),
  S ("事业部", TF_SECTOR_COMPANY, 0),

  /* Pronouns */
  PRO ("他"), PRO ("她"), PRO ("其"), PRO ("此人"), PRO ("该人士"),
  PROL ("he"), PROL ("she"), PROL ("they"),
};

/* The lexicon as a trie, and a bit for each character of the BMP that
 * starts an entry, and one for each that starts a trigger, and a filter
 * of the first two characters of the triggers: most text is looked up,
 * at every character, and starts none. */
#define PAIR_BITS 16
/* No entry is longer, in characters. */
#define MAX_CHARS 32

typedef struct
{
  TfExtractTrie trie;
  guint8 starts[0x10000 / 8];
  guint8 trigger_starts[0x10000 / 8];
  guint8 trigger_pairs[(1u << PAIR_BITS) / 8];
} Lexicon;

static guint
pair_hash (gunichar first,
           gunichar second)
{
  return ((first * 0x9E3779B1u) ^ (second * 0x85EBCA77u)) * 0x9E3779B1u >> (32 - PAIR_BITS);
}

static gboolean
has_bit (const guint8 *bits,
         gunichar      c)
{
  return c < 0x10000 && (bits[c >> 3] & (1u << (c & 7))) != 0;
}

static const Lexicon *
lexicon_index (void)
{
  static Lexicon *index;
  static gsize ready;

  if (g_once_init_enter (&ready))
    {
      Lexicon *built = g_new0 (Lexicon, 1);

      tf_extract_trie_init (&built->trie);
      for (gsize i = 0; i < G_N_ELEMENTS (lexicon); i++)
        {
          gunichar first = g_utf8_get_char (lexicon[i].text);
          guint node = tf_extract_trie_add (&built->trie, lexicon[i].text);

          /* Of two entries of the same text, the first is the one. */
          if (tf_extract_trie_get (&built->trie, node) == NULL)
            tf_extract_trie_set (&built->trie, node, &lexicon[i]);
          g_assert (g_utf8_strlen (lexicon[i].text, -1) <= MAX_CHARS);
          g_assert (first < 0x10000);
          built->starts[first >> 3] |= (guint8) (1u << (first & 7));
          if (lexicon[i].kind == TOKEN_TRIGGER)
            {
              const char *next = g_utf8_next_char (lexicon[i].text);
              guint pair = pair_hash (first, g_utf8_get_char (next));

              /* Every trigger has two characters at least. */
              g_assert (*next != '\0');
              built->trigger_starts[first >> 3] |= (guint8) (1u << (first & 7));
              built->trigger_pairs[pair >> 3] |= (guint8) (1u << (pair & 7));
            }
        }
      index = built;
      g_once_init_leave (&ready, 1);
    }
  return index;
}

void
tf_extract_lexicon_mark_starts (guint16 *classes,
                                guint16  class)
{
  for (gsize i = 0; i < G_N_ELEMENTS (lexicon); i++)
    classes[g_utf8_get_char (lexicon[i].text)] |= class;
}

static gboolean
is_latin_letter (char c)
{
  return g_ascii_isalnum (c) || c == '-' || c == '\'';
}

/* The longest entry at folded[at] whose Latin words are whole words. */
const LexiconEntry *
tf_extract_lexicon_match (const char *folded,
                          gsize       at,
                          gsize       length,
                          gsize      *match_length)
{
  const Lexicon *index = lexicon_index ();
  /* The entries the text starts with, by length, and where each ends. */
  const LexiconEntry *found[MAX_CHARS];
  gsize ends[MAX_CHARS];
  guint n_found = 0, node = 0;
  gsize p = at;
  gunichar c = tf_extract_utf8_get (folded + at);

  if (!has_bit (index->starts, c))
    return NULL;
  while (p < length)
    {
      gsize next = (gsize) (g_utf8_next_char (folded + p) - folded);
      const LexiconEntry *entry;

      if (next > length || (node = tf_extract_trie_step (&index->trie, node, c)) == 0)
        break;
      p = next;
      entry = tf_extract_trie_get (&index->trie, node);
      if (entry != NULL)
        {
          found[n_found] = entry;
          ends[n_found++] = p - at;
        }
      if (p < length)
        c = tf_extract_utf8_get (folded + p);
    }
  while (n_found > 0)
    {
      const LexiconEntry *entry = found[--n_found];
      gsize n = ends[n_found];

      if (entry->flags & LEXICON_LATIN)
        {
          if (at > 0 && is_latin_letter (folded[at - 1]))
            continue;
          if (at + n < length && is_latin_letter (folded[at + n])
              && entry->text[n - 1] != '-')
            continue;
        }
      *match_length = n;
      return entry;
    }
  return NULL;
}

/* Only paragraphs where the longest word at some character is a trigger
 * are read: the others report no move. Most of a paragraph starts no
 * trigger by its first two characters. */
gboolean
tf_extract_lexicon_has_trigger (const char *folded,
                                gsize       length)
{
  const Lexicon *index = lexicon_index ();
  gsize n;

  for (gsize at = 0; at < length; at = (gsize) (g_utf8_next_char (folded + at) - folded))
    {
      const LexiconEntry *entry;
      const guchar *u = (const guchar *) folded + at;
      gunichar first;
      guint pair;

      /* A character of three bytes as if well formed, as folded text
       * is: most start no trigger; the others are decoded again, the way
       * GLib does. */
      if (u[0] >= 0xE0 && u[0] < 0xF0 && u[1] != '\0'
          && !has_bit (index->trigger_starts,
                       ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu)))
        continue;
      first = tf_extract_utf8_get (folded + at);
      if (!has_bit (index->trigger_starts, first))
        continue;
      pair = pair_hash (first, tf_extract_utf8_get (g_utf8_next_char (folded + at)));
      if (!(index->trigger_pairs[pair >> 3] & (1u << (pair & 7))))
        continue;
      entry = tf_extract_lexicon_match (folded, at, length, &n);
      if (entry != NULL && entry->kind == TOKEN_TRIGGER)
        return TRUE;
    }
  return FALSE;
}

gboolean
tf_extract_is_surname (const char *folded,
                       gsize       length,
                       gsize      *surname_length)
{
  guint classes;

  if (length < 3)
    return FALSE;
  classes = tf_extract_char_class (tf_extract_utf8_get (folded));
  /* The surnames of two characters first, so that they win. */
  if (classes & TF_CHAR_SURNAME_START)
    for (gsize i = 0; i < tf_extract_n_compound_surnames; i++)
      {
        gsize n = strlen (tf_extract_compound_surnames[i]);

        if (n <= length && memcmp (folded, tf_extract_compound_surnames[i], n) == 0)
          {
            *surname_length = n;
            return TRUE;
          }
      }
  if (!(classes & TF_CHAR_SURNAME))
    return FALSE;
  *surname_length = g_utf8_next_char (folded) - folded;
  return TRUE;
}

/* Capitalised words that make an English organization's name. */
static const struct
{
  const char *word;
  TfSector sector;
} latin_org_words[] = {
  { "university", TF_SECTOR_ACADEMIA }, { "college", TF_SECTOR_ACADEMIA },
  { "institute", TF_SECTOR_ACADEMIA }, { "school", TF_SECTOR_ACADEMIA },
  { "academy", TF_SECTOR_ACADEMIA }, { "lab", TF_SECTOR_CORPORATE_LAB },
  { "labs", TF_SECTOR_CORPORATE_LAB }, { "laboratory", TF_SECTOR_CORPORATE_LAB },
  { "research", TF_SECTOR_CORPORATE_LAB }, { "inc", TF_SECTOR_COMPANY },
  { "inc.", TF_SECTOR_COMPANY }, { "corp", TF_SECTOR_COMPANY }, { "corp.", TF_SECTOR_COMPANY },
  { "corporation", TF_SECTOR_COMPANY }, { "ltd", TF_SECTOR_COMPANY }, { "ltd.", TF_SECTOR_COMPANY },
  { "technologies", TF_SECTOR_COMPANY }, { "systems", TF_SECTOR_COMPANY },
  { "ai", TF_SECTOR_STARTUP }, { "robotics", TF_SECTOR_STARTUP }, { "ventures", TF_SECTOR_STARTUP },
  { "capital", TF_SECTOR_STARTUP }, { "group", TF_SECTOR_COMPANY }, { "center",
  TF_SECTOR_ACADEMIA },
  { "centre", TF_SECTOR_ACADEMIA }, { "foundation", TF_SECTOR_ACADEMIA },
  { "council", TF_SECTOR_ACADEMIA }, { "agency", TF_SECTOR_ACADEMIA },
  { "association", TF_SECTOR_ACADEMIA }, { "society", TF_SECTOR_ACADEMIA },
  { "department", TF_SECTOR_ACADEMIA }, { "ministry", TF_SECTOR_ACADEMIA },
  { "committee", TF_SECTOR_ACADEMIA }, { "commission", TF_SECTOR_ACADEMIA },
};

/* Capitalised words that are not names: sentence starts, months, titles. */
static const char *latin_stop_words[] = {
  "the", "a", "an", "in", "on", "at", "after", "before", "last", "this", "next", "since",
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
  "saturday", "sunday", "he", "she", "they", "it", "his", "her", "their", "its", "we", "i",
  "professor", "prof", "dr", "mr", "ms", "mrs", "chief", "senior", "former", "ceo", "cto",
  "vice", "president", "director", "head", "scientist", "engineer", "researcher", "founder",
  "co-founder", "executive", "officer", "according", "meanwhile", "also", "earlier", "later",
  "then", "but", "and", "or", "however", "now", "today", "yesterday", "both", "sources",
  "people", "spring", "summer", "autumn", "fall", "winter", "ai", "ml", "phd", "new", "its",
  "in", "as", "of", "for", "to", "from", "with", "by", "who", "which", "that", "there", "when",
  "while", "reports", "report", "news", "chinese", "american", "british", "french", "german",
};

/* The words above, lower case, to bits: 1 for a stop word, and the
 * TfSector + 1 of an organization's word shifted by one ("ai" is both).
 * Asked of every capitalised word. */
static GHashTable *
latin_words (void)
{
  static GHashTable *words;
  static gsize ready;

  if (g_once_init_enter (&ready))
    {
      GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

      for (gsize i = 0; i < G_N_ELEMENTS (latin_stop_words); i++)
        g_hash_table_insert (table, (gpointer) latin_stop_words[i], GUINT_TO_POINTER (1));
      for (gsize i = 0; i < G_N_ELEMENTS (latin_org_words); i++)
        {
          guint bits = GPOINTER_TO_UINT (g_hash_table_lookup (table, latin_org_words[i].word));

          /* The first of two entries of a word is the one. */
          if (bits >> 1 == 0)
            bits |= (latin_org_words[i].sector + 1u) << 1;
          g_hash_table_insert (table, (gpointer) latin_org_words[i].word, GUINT_TO_POINTER (bits));
        }
      words = table;
      g_once_init_leave (&ready, 1);
    }
  return words;
}

/* What the word is in latin_words (), compared as g_ascii_strncasecmp ()
 * does. */
static gboolean
lookup_latin_word (const char *word,
                   gsize       length,
                   guint      *value)
{
  char lower[32];
  gpointer found;

  if (length >= sizeof lower)
    return FALSE;  /* longer than any */
  for (gsize i = 0; i < length; i++)
    lower[i] = g_ascii_tolower (word[i]);
  lower[length] = '\0';
  if (!g_hash_table_lookup_extended (latin_words (), lower, NULL, &found))
    return FALSE;
  *value = GPOINTER_TO_UINT (found);
  return TRUE;
}

gboolean
tf_extract_is_latin_org_word (const char *word,
                              gsize       length,
                              TfSector   *sector)
{
  guint value;

  if (!lookup_latin_word (word, length, &value) || value >> 1 == 0)
    return FALSE;
  *sector = (TfSector) ((value >> 1) - 1);
  return TRUE;
}

gboolean
tf_extract_is_latin_stop_word (const char *word,
                               gsize       length)
{
  guint value;

  return lookup_latin_word (word, length, &value) && (value & 1) != 0;
}
