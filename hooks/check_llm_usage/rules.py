"""Every rule code with its documentation, for ``--list-rules``, ``--explain`` and SARIF.

Provider rules are generated from the catalogue; the rules about the check itself (token
recording, unreadable files, suppression comments) are written here, once.
"""
from __future__ import annotations

from check_llm_usage import catalogue
from check_llm_usage.findings import TOKENS
from check_llm_usage.findings import Advice
from check_llm_usage.findings import UNCHECKED
from check_llm_usage.records import NamedTuple

NO_REASON = 'LLM901'
UNUSED_SUPPRESSION = 'LLM902'

_WHY = (
    'A direct call makes a billable request that the usage tracker never sees: its tokens '
    'and cost are attributed to no feature and no tenant, its latency and failures to no '
    'trace, and the cost dashboards under-report without anyone noticing.'
)
# the seed's tracked path and tracker, written out in full when a team keeps the defaults
_SEED_CALL = (
    'response = await multi_model_service.generate_response(\n'
    '    prompt=prompt, task_type="chat", complexity=TaskComplexity.SIMPLE,\n'
    ')'
)
_SEED_BLOCK = 'async with llm_tracker.track_llm_call(provider=..., model=..., feature_context=...) as usage_log:'


def _instead(example: str, advice: Advice) -> str:
    if advice.use_instead == catalogue.TRACKED_PATH:
        call = _SEED_CALL
    else:
        name = advice.use_instead.removesuffix('()')
        # a dotted name is shown as a call; anything else (prose) as a comment
        call = f'response = {name}(...)' if name.replace('.', '').replace('_', '').isalnum() else f'# {advice.use_instead}'
    block = _SEED_BLOCK if advice.tracker == catalogue.DEFAULT_TRACKER else f'with {advice.tracker}(...) as usage_log:'
    return (
        f'{call}\n'
        '\n'
        '# legacy code that must call the SDK: wrap the call and record its tokens\n'
        f'{block}\n'
        f'    {example}\n'
        '    usage_log.input_tokens = response.usage.prompt_tokens\n'
        '    usage_log.output_tokens = response.usage.completion_tokens'
    )


class Rule(NamedTuple):
    """One code: its group, a one-line summary, and the four parts of its documentation."""

    code: str
    group: str
    summary: str
    finds: str
    why: str
    example: str
    instead: str
    default: bool = True


def _provider_rule(provider: catalogue.Provider) -> Rule:
    surface = []
    if provider.functions:
        surface.append('module functions such as ' + ', '.join(f'`{f}`' for f in provider.functions[:4]))
    if provider.endpoints:
        clients = ', '.join(sorted({c.rpartition('.')[2] for c in provider.constructors})[:4])
        endpoints = ', '.join(f'`{e}`' for e in provider.endpoints[:4])
        surface.append(f'methods of its clients ({clients}) such as {endpoints}')
    parts = []
    if provider.modules:
        through = f'Calls that reach {provider.title} directly through its SDK ({", ".join(provider.modules)})'
        parts.append(f'{through}: {"; ".join(surface)}.' if surface else f'{through}.')
    if provider.note:
        parts.append(provider.note)
    parts.append(
        'Reported outside a tracker block or a tracker-decorated function, unless pointed at an '
        'allowed base URL; each call is resolved through imports, aliases, client objects and '
        'the functions that return them.'
    )
    finds = ' '.join(parts)
    return Rule(
        code=provider.code,
        group=provider.key,
        summary=f'{provider.title}: a direct call that bypasses usage tracking',
        finds=finds,
        why=_WHY,
        example=provider.example,
        instead=_instead(provider.example, Advice()),
        default=provider.enabled,
    )


_META = (
    Rule(
        code=TOKENS,
        group='tracking',
        summary='tracker block never records its input and output token counts',
        finds=(
            'A tracker block bound with `as usage_log` whose body never assigns every token '
            'attribute (by default `usage_log.input_tokens` and `usage_log.output_tokens`). '
            'Assignments inside a nested `def` or `lambda` do not count: they run later. A block '
            'that hands `usage_log` itself on (`record(usage_log, response)`, `return usage_log`) '
            'is not reported: the receiver may record them.'
        ),
        why=(
            'The tracker records the call, but cost is computed from the token counts: a block '
            'that never sets them logs a call that costs nothing, so the spend is still missing.'
        ),
        example=(
            'async with llm_tracker.track_llm_call(provider="openai", model=model) as usage_log:\n'
            '    response = await client.chat.completions.create(model=model, messages=messages)'
        ),
        instead=(
            'async with llm_tracker.track_llm_call(provider="openai", model=model) as usage_log:\n'
            '    response = await client.chat.completions.create(model=model, messages=messages)\n'
            '    usage_log.input_tokens = response.usage.prompt_tokens\n'
            '    usage_log.output_tokens = response.usage.completion_tokens'
        ),
    ),
    Rule(
        code=UNCHECKED,
        group='meta',
        summary='file mentions an LLM SDK but could not be read or parsed',
        finds=(
            'A file that could contain a direct call but was not checked: it cannot be read, '
            'is not valid Python, is not decodable, contains NUL bytes, is nested too deeply '
            'for the parser or is larger than the size limit. The message gives the reason.'
        ),
        why='A file that is silently skipped can hide any number of untracked calls.',
        example='response = litellm.completion(model="gpt-4o", messages=messages',
        instead='# fix the file; the other files are still checked in the meantime',
    ),
    Rule(
        code=NO_REASON,
        group='meta',
        summary='suppression comment without a reason',
        finds=(
            'A `# llm-usage: ignore` or `# llm-usage: ignore[CODE]` comment with no text after '
            'it. The suppression still applies; this finding asks for the reason.'
        ),
        why=(
            'An untracked call accepted on purpose needs a reason that a reviewer can check and '
            'a later reader can trust (billed elsewhere, a one-off script, ...).'
        ),
        example='response = litellm.completion(model=model, messages=messages)  # llm-usage: ignore[LLM001]',
        instead=(
            'response = litellm.completion(model=model, messages=messages)  '
            '# llm-usage: ignore[LLM001] nightly eval job, billed to the research budget'
        ),
    ),
    Rule(
        code=UNUSED_SUPPRESSION,
        group='meta',
        summary='suppression comment that suppresses nothing',
        finds=(
            'A `# llm-usage: ignore[...]` or `# noqa: LLM...` comment on lines where no finding of '
            'the named codes (or of any code, for a bare `ignore`) is reported, like ruff\'s unused `noqa`.'
        ),
        why=(
            'A stale suppression silently exempts the next direct call written on that line, '
            'and an unknown code in it suppresses nothing at all.'
        ),
        example='total = price * quantity  # llm-usage: ignore[LLM002] legacy',
        instead='total = price * quantity',
    ),
)

RULES: tuple[Rule, ...] = tuple(
    sorted((*(_provider_rule(p) for p in catalogue.PROVIDERS), *_META), key=lambda r: r.code)
)
BY_CODE = {r.code: r for r in RULES}
GROUPS = sorted({r.group for r in RULES})


def list_rules() -> str:
    """One line per code: code, group, summary (and whether it is off by default)."""
    width = max(len(r.group) for r in RULES)
    return ''.join(
        f'{r.code}  {r.group:<{width}}  {r.summary}{"" if r.default else " (off by default)"}\n'
        for r in RULES
    )


def list_rules_json() -> str:
    """The same as ``list_rules``, as a JSON array of ``{code, group, summary, default}``."""
    import json

    return json.dumps(
        [{'code': r.code, 'group': r.group, 'summary': r.summary, 'default': r.default} for r in RULES],
        indent=2,
    ) + '\n'


def _for_team(rule: Rule, advice: Advice) -> Rule:
    if rule.code in catalogue.BY_CODE and advice != Advice():
        return rule._replace(instead=_instead(rule.example, advice))
    if rule.code == TOKENS:
        return rule._replace(
            example=rule.example.replace(catalogue.DEFAULT_TRACKER, advice.tracker),
            instead=rule.instead.replace(catalogue.DEFAULT_TRACKER, advice.tracker),
        )
    return rule


def explain(code: str, advice: Advice = Advice()) -> str | None:
    """The documentation of one code (its advice the team's), or None if there is no such code."""
    rule = BY_CODE.get(code.upper())
    if rule is None:
        return None
    rule = _for_team(rule, advice)
    return (
        f'{rule.code} ({rule.group}): {rule.summary}\n'
        f'\nWhat it finds\n{_wrap(rule.finds)}\n'
        f'\nWhy it matters\n{_wrap(rule.why)}\n'
        f'\nExample\n{_indent(rule.example)}\n'
        f'\nUse instead\n{_indent(rule.instead)}\n'
    )


def markdown(code: str, advice: Advice = Advice()) -> str:
    """The documentation of one existing code as Markdown (SARIF rule help)."""
    rule = _for_team(BY_CODE[code], advice)
    return (
        f'**{rule.code}** ({rule.group}): {rule.summary}\n\n'
        f'### What it finds\n{rule.finds}\n\n### Why it matters\n{rule.why}\n\n'
        f'### Example\n```python\n{rule.example}\n```\n\n'
        f'### Use instead\n```python\n{rule.instead}\n```\n'
    )


def _wrap(text: str) -> str:
    import textwrap

    return textwrap.fill(text, width=88, initial_indent='    ', subsequent_indent='    ')


def _indent(text: str) -> str:
    return '\n'.join(f'    {line}' if line else '' for line in text.splitlines())
