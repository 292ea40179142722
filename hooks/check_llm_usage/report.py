"""Turn findings into output: text lines with a summary, JSON, GitHub annotations or SARIF."""
from __future__ import annotations

import os
from collections.abc import Sequence

from check_llm_usage.findings import TOKENS
from check_llm_usage.findings import UNCHECKED
from check_llm_usage.findings import Advice
from check_llm_usage.findings import Finding

FORMATS = ('text', 'json', 'github', 'sarif')
# typing.TYPE_CHECKING without importing typing (the hook's start-up time)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

    from check_llm_usage.rules import Rule

_SUPPRESSION_CODES = frozenset(('LLM901', 'LLM902'))
_NOT_CALLS = _SUPPRESSION_CODES | {TOKENS, UNCHECKED}


def _plural(n: int, word: str) -> str:
    return f'{n} {word}{"" if n == 1 else "s"}'


def summary(findings: Sequence[Finding], warn_only: bool, baselined: int = 0) -> str:
    """One line: how many direct calls in how many files, what else, and whether it blocks."""
    calls = [f for f in findings if f.code not in _NOT_CALLS]
    unchecked = {f.path for f in findings if f.code == UNCHECKED}
    tokens = sum(f.code == TOKENS for f in findings)
    comments = sum(f.code in _SUPPRESSION_CODES for f in findings)
    parts = []
    if calls:
        files = len({f.path for f in calls})
        parts.append(f'{_plural(len(calls), "direct LLM call")} in {_plural(files, "file")}')
    if tokens:
        parts.append(f'{_plural(tokens, "tracker block")} without token counts')
    if comments:
        parts.append(f'{_plural(comments, "suppression comment")} to fix')
    if unchecked:
        parts.append(f'{_plural(len(unchecked), "file")} not checked')
    if baselined:
        parts.append(f'{baselined} more in the baseline')
    # signed by the command that printed it: the hook warns, the checker fails
    signature, suffix = (
        ('check-llm-usage', ' (warning only: this check never blocks commits)') if warn_only
        else ('check-llm-calls', '')
    )
    return f'{signature}: {", ".join(parts)}{suffix}'


def printable(text: str) -> str:
    """``text`` on one line and safe for a terminal: control characters become escapes.

    A newline in a file name is shown as ``\\n`` (one finding stays one line), an escape
    sequence cannot recolour the terminal, and undecodable file-name bytes show as ``\\xNN``.
    """
    if text.isprintable():
        return text
    return ''.join(
        c if c.isprintable() else f'\\x{ord(c) - 0xDC00:02x}' if '\udc80' <= c <= '\udcff'
        else c.encode('unicode_escape').decode('ascii')
        for c in text
    )


def is_call(finding: Finding) -> bool:
    """True for a direct-call finding: the ones the team's advice (``use-instead``) is for."""
    return finding.code not in _NOT_CALLS


def help_for(finding: Finding, advice: Advice) -> str:
    """What to write instead, for a direct call; empty for the other codes (their message says)."""
    return str(advice) if is_call(finding) else ''


def full_message(finding: Finding, advice: Advice) -> str:
    """The message with its advice: for outputs where each finding stands alone (CI, SARIF)."""
    extra = help_for(finding, advice)
    return f'{finding.message}; {extra}' if extra else finding.message


def text(
    findings: Sequence[Finding], warn_only: bool, baselined: int = 0, *, advice: Advice | None = None,
    quiet: bool = False, source: Callable[[str], Sequence[str]] | None = None, colour: bool = False,
) -> str:
    """flake8-style lines, the advice once, then the summary; empty when there is nothing to say.

    With ``source`` (``--show-source``) each finding shows its line, a caret under the call and
    its own advice; ``quiet`` prints the finding lines only.
    """
    if not findings:
        return ''
    advice = advice or Advice()
    paint = _paint if colour else _plain
    lines = []
    for f in findings:
        location = paint(printable(f.path), _BOLD) + f':{f.line}:{f.column}:'
        lines.append(f'{location} {paint(f.code, _RED)} {printable(f.message)}')
        if source is not None:
            lines += _excerpt(f, source(f.path), help_for(f, advice), paint)
    if quiet:
        return '\n'.join(lines) + '\n'
    calls = [f for f in findings if is_call(f)]
    if calls and source is None:
        lines.append(f'{paint("help", _CYAN)}: {printable(str(advice))} (check-llm-calls --explain {calls[0].code})')
    return '\n'.join([*lines, summary(findings, warn_only, baselined)]) + '\n'


_BOLD, _RED, _CYAN = '1', '1;31', '36'


def colour(stream: object) -> bool:
    """Colour only on a terminal: ``NO_COLOR`` (set, not empty) forbids it, then ``FORCE_COLOR`` forces it."""
    if os.environ.get('NO_COLOR'):
        return False
    if os.environ.get('FORCE_COLOR'):
        return True
    isatty = getattr(stream, 'isatty', None)
    return isatty is not None and isatty() and os.environ.get('TERM') != 'dumb'


def statistics(findings: Sequence[Finding], warn_only: bool, baselined: int = 0, *, quiet: bool = False) -> str:
    """One line per code, most frequent first: count, code, summary; then the summary line."""
    if not findings:
        return ''
    from check_llm_usage import rules

    counts: dict[str, int] = {}
    for f in findings:
        counts[f.code] = counts.get(f.code, 0) + 1
    lines = [
        f'{n:>5}  {code}  {rules.BY_CODE[code].summary if code in rules.BY_CODE else ""}'.rstrip()
        for code, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]
    if not quiet:
        lines.append(summary(findings, warn_only, baselined))
    return '\n'.join(lines) + '\n'


def _paint(value: str, style: str) -> str:
    return f'\x1b[{style}m{value}\x1b[0m'


def _plain(value: str, style: str) -> str:
    return value


def _excerpt(f: Finding, lines: Sequence[str], advice: str, paint: Callable[[str, str], str]) -> list[str]:
    """ruff's full output: the finding's line, a caret under the call, the advice, a blank line."""
    if not 0 < f.line <= len(lines):
        return []
    line = lines[f.line - 1]
    # tabs widen to the next multiple of 8 on a terminal: expand them so the caret stays under the call
    before = len(line[:f.column - 1].expandtabs())
    shown = line.expandtabs().rstrip()
    end = len(line[:f.end_column - 1].expandtabs()) if f.end_line == f.line else len(shown)
    gutter = ' ' * len(str(f.line))
    excerpt = [
        f'{gutter} |',
        f'{f.line} | {printable(shown)}',
        f'{gutter} | {" " * before}{paint("^" * max(end - before, 1), _RED)}',
    ]
    if advice:
        excerpt.append(f'{gutter} = {paint("help", _CYAN)}: {printable(advice)}')
    return [*excerpt, '']


def json_array(findings: Sequence[Finding], advice: Advice) -> str:
    """A JSON array with one object per finding; ``help`` is what to write instead (or empty)."""
    import json

    return json.dumps(
        [
            {
                'path': f.path, 'line': f.line, 'column': f.column, 'code': f.code,
                'message': f.message, 'help': help_for(f, advice), 'target': f.target,
                # only for a client made in another file: 'path:line' of its constructor call
                **({'origin': f.origin} if f.origin else {}),
            }
            for f in findings
        ],
        indent=2,
    ) + '\n'


def github(findings: Sequence[Finding], advice: Advice) -> str:
    """One ``::warning`` workflow command per finding, escaped as GitHub Actions requires."""
    from check_llm_usage import rules

    lines = []
    for f in findings:
        rule = rules.BY_CODE.get(f.code)
        title = f'{f.code} {rule.summary}' if rule else f.code
        # an undecodable file-name byte shows as \xNN, as in the text format (GitHub paths are UTF-8)
        path = os.fsencode(f.path).decode('utf-8', 'backslashreplace')
        properties = f'file={_property(path)},line={f.line},col={f.column},title={_property(title)}'
        lines.append(f'::warning {properties}::{_data(full_message(f, advice))}\n')
    return ''.join(lines)


def _data(value: str) -> str:
    return value.replace('%', '%25').replace('\r', '%0D').replace('\n', '%0A')


def _property(value: str) -> str:
    return _data(value).replace(':', '%3A').replace(',', '%2C')


def sarif(findings: Sequence[Finding], advice: Advice) -> str:
    """A SARIF 2.1.0 log for GitHub code scanning: every rule, and one result per finding."""
    import json

    from check_llm_usage import __version__
    from check_llm_usage import baseline
    from check_llm_usage import rules

    index = {r.code: i for i, r in enumerate(rules.RULES)}
    results = []
    for f, fingerprint in zip(findings, baseline.occurrence_fingerprints(findings)):
        region = {'startLine': f.line, 'startColumn': f.column}
        if f.end_line:
            region.update(endLine=f.end_line, endColumn=max(f.end_column, 1))
        location = {'artifactLocation': _artifact(f.path), 'region': region}
        result = {
            'ruleId': f.code, 'level': 'warning', 'message': {'text': full_message(f, advice)},
            'locations': [{'physicalLocation': location}],
            'partialFingerprints': {'checkLlmUsage/v1': fingerprint},
        }
        if f.code in index:
            result['ruleIndex'] = index[f.code]
        if f.origin:  # the client's constructor call in another file
            where, _, line = f.origin.rpartition(':')
            result['relatedLocations'] = [{
                'id': 1, 'message': {'text': 'the client is made here'},
                'physicalLocation': {'artifactLocation': _artifact(where), 'region': {'startLine': int(line)}},
            }]
        results.append(result)
    log = {
        '$schema': 'https://json.schemastore.org/sarif-2.1.0.json',
        'version': '2.1.0',
        'runs': [{
            'tool': {'driver': {
                'name': 'check-llm-usage',
                'version': __version__,
                'semanticVersion': __version__,
                'informationUri': 'https://github.com/check-llm-usage/check-llm-usage',
                'rules': [_sarif_rule(r, advice) for r in rules.RULES],
            }},
            'columnKind': 'unicodeCodePoints',
            'results': results,
        }],
    }
    return json.dumps(log, indent=2) + '\n'


def _artifact(path: str) -> dict[str, str]:
    from urllib.parse import quote

    # the file name's bytes, percent-encoded: also those that are not UTF-8
    normal = os.fsencode(os.path.normpath(path).replace(os.sep, '/'))
    if os.path.isabs(path):
        return {'uri': 'file://' + quote(normal)}
    return {'uri': quote(normal), 'uriBaseId': '%SRCROOT%'}


def _sarif_rule(rule: Rule, advice: Advice) -> dict[str, object]:
    from check_llm_usage import rules

    return {
        'id': rule.code,
        'name': ''.join(w.capitalize() for w in rule.summary.replace('/', ' ').split() if w.isalnum()),
        'shortDescription': {'text': rule.summary},
        'fullDescription': {'text': rule.finds},
        'help': {'text': rules.explain(rule.code, advice), 'markdown': rules.markdown(rule.code, advice)},
        'defaultConfiguration': {'level': 'warning', 'enabled': rule.default},
        'properties': {'tags': ['llm-usage', rule.group]},
    }
