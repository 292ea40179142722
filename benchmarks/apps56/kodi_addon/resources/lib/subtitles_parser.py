# -*- coding: utf-8 -*-
"""Minimal SRT parser/writer. pysrt is not packaged for Kodi, so we roll our own."""
import re

_TS = re.compile(r"(\d{2}:\d{2}:\d{2},\d{3})\s*-->\s*(\d{2}:\d{2}:\d{2},\d{3})")


class Cue(object):
    __slots__ = ("index", "start", "end", "text")

    def __init__(self, index, start, end, text):
        self.index = index
        self.start = start
        self.end = end
        self.text = text

    def __repr__(self):
        return "Cue({}, {!r})".format(self.index, self.text[:20])


def parse(data):
    cues = []
    blocks = re.split(r"\r?\n\r?\n", data.strip())
    for block in blocks:
        lines = block.splitlines()
        if len(lines) < 2:
            continue
        try:
            idx = int(lines[0].strip())
            m = _TS.search(lines[1])
        except ValueError:
            idx, m = len(cues) + 1, _TS.search(lines[0])
            lines = [""] + lines
        if not m:
            continue
        cues.append(Cue(idx, m.group(1), m.group(2), "\n".join(lines[2:])))
    return cues


def dump(cues):
    out = []
    for c in cues:
        out.append("{}\n{} --> {}\n{}\n".format(c.index, c.start, c.end, c.text))
    return "\n".join(out)


def chunk(cues, size):
    for i in range(0, len(cues), size):
        yield cues[i:i + size]


def to_numbered_lines(cues):
    return "\n".join("{}|{}".format(c.index, c.text.replace("\n", " / ")) for c in cues)


def apply_numbered_lines(cues, text):
    by_index = {c.index: c for c in cues}
    for line in text.splitlines():
        if "|" not in line:
            continue
        num, translated = line.split("|", 1)
        try:
            cue = by_index[int(num.strip())]
        except (ValueError, KeyError):
            continue
        cue.text = translated.strip().replace(" / ", "\n")
    return cues
