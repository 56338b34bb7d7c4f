#!/usr/bin/python3
# bench-jieba.py: jieba (Debian's python3-jieba) on the extractor's corpus,
# for build-aux/bench: one "name value unit" line each for jieba.cut and
# jieba.posseg.cut, in MB of paragraph text (UTF-8 bytes, without the line
# breaks) per second, the median of RUNS runs.
#
#   bench-jieba.py RUNS TEXT   TEXT: one paragraph a line (tf-bench extract)
#
# Only the cutting is timed, after jieba.initialize (); each paragraph is
# cut on its own, as the extractor reads one at a time, and the words are
# consumed. A warm-up run on a slice of SLICE_BYTES estimates a full run:
# when that would take more than MAX_RUN_SECONDS, the runs are made on the
# slice, and the line says so.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import logging
import statistics
import sys
import time

import jieba
import jieba.posseg

SLICE_BYTES = 2 * 1000 * 1000
MAX_RUN_SECONDS = 120


def cut_all(cut, paragraphs):
    started = time.perf_counter()
    for paragraph in paragraphs:
        for _ in cut(paragraph):
            pass
    return time.perf_counter() - started


def size(paragraphs):
    return sum(len(p.encode('utf-8')) for p in paragraphs)


def main():
    if len(sys.argv) != 3 or int(sys.argv[1]) < 1:
        print('usage: bench-jieba.py RUNS TEXT', file=sys.stderr)
        return 2
    runs = int(sys.argv[1])
    with open(sys.argv[2], encoding='utf-8') as f:
        paragraphs = [line for line in f.read().split('\n') if line]
    total = size(paragraphs)
    slice_, n = [], 0
    for paragraph in paragraphs:
        if n >= SLICE_BYTES:
            break
        slice_.append(paragraph)
        n += len(paragraph.encode('utf-8'))
    sliced = size(slice_)

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    print(f'# jieba {jieba.__version__}, Python {sys.version.split()[0]}, default dictionary, '
          f'HMM on; {total / 1e6:.1f} MB in {len(paragraphs)} paragraphs', flush=True)
    for name, cut in (('jieba_cut', jieba.cut), ('jieba_posseg', jieba.posseg.cut)):
        warm_up = cut_all(cut, slice_)
        estimate = warm_up * total / sliced
        if estimate > MAX_RUN_SECONDS:
            used, mb = slice_, sliced / 1e6
            note = f' (on a {mb:.1f} MB slice: the {total / 1e6:.0f} MB would take ' \
                   f'about {estimate:.0f} s a run)'
        else:
            used, mb, note = paragraphs, total / 1e6, ''
        seconds = statistics.median(cut_all(cut, used) for _ in range(runs))
        # Three significant digits: posseg is well under 0.1 MB/s.
        print(f'{name}_mb_s {mb / seconds:.3g} MB/s{note}', flush=True)
    return 0


if __name__ == '__main__':
    sys.exit(main())
