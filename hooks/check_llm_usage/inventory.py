"""``--inventory``: every LLM call site with its tracking status, and the coverage it adds up to."""
from __future__ import annotations

from collections.abc import Sequence

from check_llm_usage import catalogue
from check_llm_usage.findings import Finding
from check_llm_usage.records import NamedTuple
from check_llm_usage.report import printable

# typing.TYPE_CHECKING without importing typing (the hook's start-up time)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from check_llm_usage.findings import Advice

STATUSES = ('tracked', 'untracked', 'suppressed', 'baselined')
UNKNOWN_MODEL = '(not a literal)'


class Coverage(NamedTuple):
    """How many of ``total`` call sites are tracked."""

    tracked: int
    total: int

    @property
    def percent(self) -> str:
        return f'{100 * self.tracked / self.total if self.total else 100.0:.0f}%'

    def __str__(self) -> str:
        return f'{self.tracked}/{self.total} ({self.percent})'


def sites(findings: Sequence[Finding]) -> list[Finding]:
    """The call sites among findings (not token, suppression or unreadable-file findings)."""
    return [f for f in findings if f.code in catalogue.BY_CODE and f.status in STATUSES]


def coverage(sites: Sequence[Finding], by: str) -> dict[str, Coverage]:
    """Coverage per provider (``by='provider'``) or per literal model (``by='model'``)."""
    groups: dict[str, list[Finding]] = {}
    for site in sites:
        name = catalogue.BY_CODE[site.code].key if by == 'provider' else site.model or UNKNOWN_MODEL
        groups.setdefault(name, []).append(site)
    return {name: _coverage(group) for name, group in sorted(groups.items())}


def _coverage(sites: Sequence[Finding]) -> Coverage:
    return Coverage(sum(s.status == 'tracked' for s in sites), len(sites))


def text(sites: Sequence[Finding], advice: Advice) -> str:
    """A table of call sites, the coverage overall, by provider and by model, and the advice."""
    rows = [('location', 'status', 'provider', 'endpoint', 'model')] + [_row(s) for s in sites]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = [
        '  '.join(cell.ljust(w) for cell, w in zip(r, widths)) + '  ' + r[4] for r in rows
    ]
    lines.append('')
    lines.append(f'tracking coverage: {_coverage(sites)} call sites tracked')
    lines.append('by status: ' + ', '.join(f'{sum(s.status == st for s in sites)} {st}' for st in STATUSES))
    for by in ('provider', 'model'):
        parts = [f'{printable(name)} {c}' for name, c in coverage(sites, by).items()]
        lines.append(f'by {by}: {", ".join(parts) if parts else "-"}')
    if any(s.status == 'untracked' for s in sites):
        lines.append(printable(f'help: {advice}'))
    return '\n'.join(line.rstrip() for line in lines) + '\n'


def json_object(sites: Sequence[Finding], advice: Advice) -> str:
    """``{"sites": [...], "summary": {...}}``; each site has its ``status`` and ``model``."""
    import json

    def summary(c: Coverage) -> dict[str, object]:
        return {'tracked': c.tracked, 'total': c.total, 'coverage': round(c.tracked / c.total, 4) if c.total else 1.0}

    data = {
        'sites': [
            {
                'path': s.path, 'line': s.line, 'column': s.column, 'code': s.code,
                'provider': catalogue.BY_CODE[s.code].key, 'endpoint': s.target,
                'model': s.model, 'status': s.status, 'function': s.function,
            }
            for s in sites
        ],
        'summary': {
            **summary(_coverage(sites)),
            'by_provider': {name: summary(c) for name, c in coverage(sites, 'provider').items()},
            'by_model': {name: summary(c) for name, c in coverage(sites, 'model').items()},
            'help': str(advice),
        },
    }
    return json.dumps(data, indent=2) + '\n'


def markdown(sites: Sequence[Finding], advice: Advice) -> str:
    """A Markdown report for a pull-request comment or ``$GITHUB_STEP_SUMMARY``."""
    lines = ['## LLM call inventory', '', f'**Tracking coverage: {_coverage(sites)}** of the LLM call sites.', '']
    if any(s.status == 'untracked' for s in sites):
        lines += [
            f'**Untracked calls:** use {_code(advice.use_instead)} or wrap the call in {_code(advice.tracker + "()")}.', '',
        ]
    for by in ('provider', 'model'):
        lines += [f'| {by} | tracked | coverage |', '|---|---|---|']
        lines += [f'| {_code(name)} | {c.tracked}/{c.total} | {c.percent} |' for name, c in coverage(sites, by).items()]
        lines.append('')
    lines += ['| location | status | provider | endpoint | model |', '|---|---|---|---|---|']
    for s in sites:
        location, status, provider, endpoint, model = _row(s)
        lines.append(f'| {_code(location)} | {status} | {provider} | {_code(endpoint)} | {_code(model)} |')
    return '\n'.join(lines) + '\n'


def _row(site: Finding) -> tuple[str, str, str, str, str]:
    # paths, endpoints and model strings come from the checked code: one line each, no escapes
    return (
        printable(f'{site.path}:{site.line}:{site.column}'), site.status, catalogue.BY_CODE[site.code].key,
        printable(site.target), printable(site.model or '-'),
    )


def _code(value: str) -> str:
    """A table cell as code: no backticks or pipes can break out of it."""
    return '`' + printable(value).replace('`', "'").replace('|', '\\|') + '`'
