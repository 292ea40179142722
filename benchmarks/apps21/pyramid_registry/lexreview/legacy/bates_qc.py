"""Bates-range QC. Checks gaps/overlaps and asks the model about odd stamps.

Uses the legacy docket-ai clients re-exported from lexreview.legacy.
"""
import logging
import re

from lexreview.legacy import claude, legacy_openai_client

log = logging.getLogger(__name__)

BATES_RE = re.compile(r"^([A-Z]{2,8})[-_ ]?(\d{5,9})$")


def parse_bates(stamp):
    m = BATES_RE.match(stamp or "")
    if not m:
        return None
    return m.group(1), int(m.group(2))


def find_gaps(documents):
    ranges = []
    for d in documents:
        b, e = parse_bates(d.bates_begin), parse_bates(d.bates_end)
        if b and e:
            ranges.append((b[0], b[1], e[1], d))
    ranges.sort(key=lambda r: (r[0], r[1]))
    gaps = []
    for prev, cur in zip(ranges, ranges[1:]):
        if prev[0] == cur[0] and cur[1] > prev[2] + 1:
            gaps.append((prev[3], cur[3], cur[1] - prev[2] - 1))
    return gaps


def explain_odd_stamp(stamp, first_page_text):
    r = legacy_openai_client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {
                "role": "user",
                "content": f"The Bates stamp '{stamp}' does not match our pattern. Based on the first "
                f"page below, which producing party likely stamped it?\n\n{first_page_text[:3000]}",
            }
        ],
    )
    return r.choices[0].message.content


def second_look(stamp, first_page_text):
    msg = claude.messages.create(
        model="claude-3-5-haiku-20241022",
        max_tokens=200,
        messages=[{"role": "user", "content": f"Is '{stamp}' a Bates number? Page:\n{first_page_text[:3000]}"}],
    )
    return msg.content[0].text
