"""Turn findings into output: text lines with a summary, or JSON."""
from __future__ import annotations

from collections.abc import Sequence

from check_llm_usage.checker import UNCHECKED
from check_llm_usage.checker import Finding


def _plural(n: int, word: str) -> str:
    return f'{n} {word}{"" if n == 1 else "s"}'


def summary(findings: Sequence[Finding], warn_only: bool) -> str:
    """One line: how many direct calls in how many files, and whether it blocks."""
    calls = [f for f in findings if f.code != UNCHECKED]
    unchecked = {f.path for f in findings if f.code == UNCHECKED}
    parts = []
    if calls:
        files = len({f.path for f in calls})
        parts.append(f'{_plural(len(calls), "direct LLM call")} in {_plural(files, "file")}')
    if unchecked:
        parts.append(f'{_plural(len(unchecked), "file")} not checked')
    suffix = ' (warning only: this check never blocks commits)' if warn_only else ''
    return f'check-llm-usage: {", ".join(parts)}{suffix}'


def text(findings: Sequence[Finding], warn_only: bool) -> str:
    """flake8-style lines, then the summary; empty when there is nothing to say."""
    if not findings:
        return ''
    lines = [f'{f.path}:{f.line}:{f.column}: {f.code} {f.message}' for f in findings]
    return '\n'.join([*lines, summary(findings, warn_only)]) + '\n'


def json_array(findings: Sequence[Finding]) -> str:
    """A JSON array with one object per finding."""
    import json

    return json.dumps(
        [
            {
                'path': f.path, 'line': f.line, 'column': f.column, 'code': f.code,
                'message': f.message, 'target': f.target,
            }
            for f in findings
        ],
        indent=2,
    ) + '\n'
