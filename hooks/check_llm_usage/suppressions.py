"""``# llm-usage: ignore[CODE] reason`` and ``# noqa: LLM001`` comments: find, apply, report misuse."""
from __future__ import annotations

import bisect
import io
import re
import tokenize
from collections.abc import Sequence

from check_llm_usage import rules
from check_llm_usage.findings import Finding
from check_llm_usage.records import NamedTuple

_COMMENT = re.compile(
    r'#\s*llm-usage:\s*ignore\b(?:\[(?P<codes>[^\]]*)\])?(?P<reason>[^#]*)',
)
# flake8's and ruff's form with codes; a bare ``# noqa`` is not ours (see the README)
_NOQA = re.compile(r'#\s*(?:noqa|NOQA)\s*:\s*(?P<codes>[A-Za-z]+[0-9]+(?:[\s,]+[A-Za-z]+[0-9]+)*)')
# separators people put before a reason: "-- why", ": why", "— why"
_LEAD = ' \t-:—–'


class Suppression(NamedTuple):
    """One suppression comment; ``codes`` is None for a bare ``ignore`` (every code)."""

    line: int
    column: int
    codes: frozenset[str] | None
    reason: str
    text: str
    # a ``# noqa: LLM001``: the linters' form has no reason to ask for
    noqa: bool = False


def find(data: bytes) -> list[Suppression]:
    """The suppression comments of a source file (comment tokens only, never strings)."""
    # tokenizing is slow: only when a line holds what a suppression comment would
    text = data.decode('latin-1')  # every byte one character: ASCII words stay where they are
    if 'llm-usage' not in text and not any(_ours(m) for m in _NOQA.finditer(text)):
        return []
    found = []
    try:
        for token in tokenize.tokenize(io.BytesIO(data).readline):
            if token.type != tokenize.COMMENT:
                continue
            line, offset = token.start
            noqa = _NOQA.search(token.string)
            ours = noqa and _ours(noqa)
            if ours:
                found.append(Suppression(line, offset + 1, ours, '', noqa.group(0), noqa=True))
            match = _COMMENT.search(token.string) if 'llm-usage' in token.string else None
            if match is None:
                continue
            listed = match.group('codes')
            codes = None if listed is None else frozenset(
                c.strip().upper() for c in listed.split(',') if c.strip()
            )
            found.append(Suppression(
                line, offset + 1, codes,
                match.group('reason').strip(_LEAD).strip(), match.group(0).strip(),
            ))
    except (tokenize.TokenError, SyntaxError, UnicodeError):
        # a file tokenize cannot read: no comment in it can be trusted as a suppression
        return []
    return found


def _ours(noqa: re.Match[str]) -> frozenset[str]:
    """The codes of a ``# noqa:`` comment that are ours (as prefilter.has_suppressions looks for them)."""
    return frozenset(c.upper() for c in re.split(r'[\s,]+', noqa.group('codes')) if c[:3] in ('LLM', 'llm'))


def apply(path: str, findings: Sequence[Finding], suppressions: Sequence[Suppression]) -> tuple[list[Finding], list[Finding]]:
    """(reported, suppressed): findings on a suppressed line move to the second list.

    A finding is on a line when the line is within its call's lines. Suppressions without a
    reason (LLM901) and suppressions that suppress nothing (LLM902) join the reported ones.
    """
    used: dict[int, set[str]] = {i: set() for i in range(len(suppressions))}
    reported, suppressed = [], []
    # by line: each finding looks only at the comments within its lines, not at every comment
    order = sorted(range(len(suppressions)), key=lambda i: suppressions[i].line)
    lines = [suppressions[i].line for i in order]
    for finding in findings:
        last = max(finding.end_line, finding.line)
        matching = [
            i for i in order[bisect.bisect_left(lines, finding.line):bisect.bisect_right(lines, last)]
            if suppressions[i].codes is None or finding.code in suppressions[i].codes  # type: ignore[operator]
        ]
        for i in matching:
            used[i].add(finding.code)
        (suppressed if matching else reported).append(finding)
    for i, s in enumerate(suppressions):
        if not s.reason and not s.noqa:
            reported.append(Finding(
                path, s.line, s.column, rules.NO_REASON,
                f'suppression without a reason: write why after it, e.g. "{s.text} billed elsewhere"',
                call=s.text,
            ))
        unused = sorted(s.codes - used[i]) if s.codes is not None else ([] if used[i] else ['*'])
        if unused:
            what = 'nothing is reported' if unused == ['*'] else f'no {", ".join(unused)} is reported'
            reported.append(Finding(
                path, s.line, s.column, rules.UNUSED_SUPPRESSION,
                f'unused suppression: {what} on these lines; remove it',
                call=s.text,
            ))
    return reported, suppressed
