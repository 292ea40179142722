"""--list-rules and --explain: generated from the catalogue plus the check's own codes."""
from __future__ import annotations

import pytest

from check_llm_usage import catalogue
from check_llm_usage import cli
from check_llm_usage import hook
from check_llm_usage import rules


def test_every_provider_and_meta_code_is_a_rule() -> None:
    codes = [r.code for r in rules.RULES]
    assert codes == sorted([p.code for p in catalogue.PROVIDERS] + ['LLM100', 'LLM900', 'LLM901', 'LLM902'])
    for provider in catalogue.PROVIDERS:
        rule = rules.BY_CODE[provider.code]
        assert (rule.group, rule.example, rule.default) == (provider.key, provider.example, provider.enabled)
        assert provider.title in rule.summary and provider.example in rule.instead


def test_list_rules(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(['--list-rules']) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == len(rules.RULES)
    width = max(len(p.key) for p in catalogue.PROVIDERS)
    assert out[0] == f'LLM001  {"litellm":<{width}}  litellm: a direct call that bypasses usage tracking'
    assert out[1] == f'LLM002  {"openai":<{width}}  OpenAI: a direct call that bypasses usage tracking'
    assert out[15:18] == [
        f'LLM040  {"llm_objects":<{width}}  Configured LLM objects: a direct call that bypasses usage tracking',
        f'LLM100  {"tracking":<{width}}  tracker block never records its input and output token counts',
        f'LLM201  {"xai":<{width}}  xAI (Grok): a direct call that bypasses usage tracking',
    ]
    assert out[-3:] == [
        f'LLM900  {"meta":<{width}}  file mentions an LLM SDK but could not be read or parsed',
        f'LLM901  {"meta":<{width}}  suppression comment without a reason',
        f'LLM902  {"meta":<{width}}  suppression comment that suppresses nothing',
    ]


def test_explain_llm001(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(['--explain', 'llm001']) == 0
    out = capsys.readouterr().out
    assert out.startswith('LLM001 (litellm): litellm: a direct call that bypasses usage tracking\n\nWhat it finds\n    Calls ')
    assert '\nWhy it matters\n    A direct call makes a billable request that the usage tracker never sees' in out
    assert '\nExample\n    response = litellm.completion(model="gpt-4o", messages=messages)\n' in out
    assert out.endswith(
        '\nUse instead\n'
        '    response = await multi_model_service.generate_response(\n'
        '        prompt=prompt, task_type="chat", complexity=TaskComplexity.SIMPLE,\n'
        '    )\n'
        '\n'
        '    # legacy code that must call the SDK: wrap the call and record its tokens\n'
        '    async with llm_tracker.track_llm_call(provider=..., model=..., feature_context=...) as usage_log:\n'
        '        response = litellm.completion(model="gpt-4o", messages=messages)\n'
        '        usage_log.input_tokens = response.usage.prompt_tokens\n'
        '        usage_log.output_tokens = response.usage.completion_tokens\n'
    )
    assert max(len(line) for line in out.splitlines()[:12]) <= 88


@pytest.mark.parametrize('code', [r.code for r in rules.RULES])
def test_every_code_explains_in_four_parts(code: str) -> None:
    text = rules.explain(code)
    assert text is not None
    assert [line for line in text.splitlines() if line and not line.startswith(' ')][1:] == [
        'What it finds', 'Why it matters', 'Example', 'Use instead',
    ]
    assert rules.markdown(code).count('### ') == 4


def test_explain_unknown_code(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(['--explain', 'LLM777']) == 2
    assert capsys.readouterr() == ('', "check-llm-calls: error: unknown rule code 'LLM777'; see --list-rules\n")
    assert hook.main(['--explain', 'LLM777']) == 0


def test_list_rules_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    assert cli.main(['--list-rules', '--format', 'json']) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [r['code'] for r in listed] == [r.code for r in rules.RULES]
    assert listed[0] == {
        'code': 'LLM001', 'group': 'litellm', 'summary': 'litellm: a direct call that bypasses usage tracking',
        'default': True,
    }
    assert [r['code'] for r in listed if not r['default']] == ['LLM030', 'LLM031']


def test_list_rules_refuses_other_formats(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(['--list-rules', '--format', 'sarif']) == 2
    assert capsys.readouterr() == ('', 'check-llm-calls: error: --list-rules prints text or json, not sarif\n')
