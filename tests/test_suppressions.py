"""``# llm-usage: ignore[CODE] reason``: what it suppresses, and what it reports about itself."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from conftest import put

from check_llm_usage import cli
from check_llm_usage import suppressions
from check_llm_usage.checker import Options
from check_llm_usage.checker import check_source


def findings(src: str) -> list[tuple[int, int, str]]:
    data = textwrap.dedent(src).encode()
    return sorted((f.line, f.column, f.code) for f in check_source('t.py', data, Options()))


@pytest.mark.parametrize(
    ('src', 'expected'),
    [
        pytest.param(
            'import litellm\nlitellm.completion(model="m")  # llm-usage: ignore[LLM001] eval job\n',
            [], id='code-and-reason',
        ),
        pytest.param(
            'import litellm\nlitellm.completion(model="m")  # llm-usage: ignore nightly batch\n',
            [], id='all-codes-with-reason',
        ),
        pytest.param(
            'import litellm, openai\n'
            'litellm.completion(model=openai.chat.completions.create())  # llm-usage: ignore[LLM001, llm002] both\n',
            [], id='several-codes',
        ),
        pytest.param(
            'import litellm\n'
            'litellm.completion(\n'
            '    model="m",\n'
            '    messages=m,  # llm-usage: ignore[LLM001] any line of the call\n'
            ')\n',
            [], id='multi-line-call-middle',
        ),
        pytest.param(
            'import litellm\n'
            'litellm.completion(  # llm-usage: ignore[LLM001] first line\n'
            '    model="m")\n',
            [], id='multi-line-call-first',
        ),
        pytest.param(
            'import litellm\nlitellm.completion(model="m")  # llm-usage: ignore[LLM001] -- reason after dashes\n',
            [], id='dash-separator',
        ),
        pytest.param(
            'import litellm\nlitellm.completion(model="m")  # noqa: E501  # llm-usage: ignore[LLM001] after noqa\n',
            [], id='after-another-pragma',
        ),
        pytest.param(
            'import litellm\nlitellm.completion(model="m")  # llm-usage: ignore[LLM001]\n',
            [(2, 32, 'LLM901')], id='no-reason',
        ),
        pytest.param(
            'import litellm\nlitellm.completion(model="m")  # llm-usage: ignore[LLM001] -- \n',
            [(2, 32, 'LLM901')], id='only-a-separator',
        ),
        pytest.param(
            'import litellm\nlitellm.completion(model="m")  # llm-usage: ignore[LLM002] wrong code\n',
            [(2, 1, 'LLM001'), (2, 32, 'LLM902')], id='wrong-code',
        ),
        pytest.param(
            'import litellm\nlitellm.completion(model="m")  # llm-usage: ignore[LLM001,LLM002] one used\n',
            [(2, 32, 'LLM902')], id='partly-unused',
        ),
        pytest.param(
            'import litellm\n# llm-usage: ignore[LLM001] on the line above\nlitellm.completion(model="m")\n',
            [(2, 1, 'LLM902'), (3, 1, 'LLM001')], id='line-above-does-not-count',
        ),
        pytest.param('x = 1  # llm-usage: ignore nothing here\n', [(1, 8, 'LLM902')], id='unused-in-file-without-llm-words'),
        pytest.param('x = 1  # llm-usage: ignore\n', [(1, 8, 'LLM901'), (1, 8, 'LLM902')], id='unused-and-no-reason'),
        pytest.param(
            'import litellm\nlitellm.completion(model="# llm-usage: ignore[LLM001] in a string")\n',
            [(2, 1, 'LLM001')], id='text-in-a-string',
        ),
        pytest.param(
            'import litellm\ns = """\n# llm-usage: ignore[LLM001] docstring\n"""\nlitellm.completion(model="m")\n',
            [(5, 1, 'LLM001')], id='text-in-a-docstring',
        ),
        pytest.param(
            'async def f():\n'
            '    async with llm_tracker.track_llm_call() as log:  # llm-usage: ignore[LLM100] tokens recorded by callback\n'
            '        pass\n',
            [], id='token-rule',
        ),
        pytest.param(
            'import litellm\n'
            'async def f():\n'
            '    async with llm_tracker.track_llm_call() as log:\n'
            '        litellm.completion(model="m")  # llm-usage: ignore[LLM001] already tracked\n'
            '        log.input_tokens = log.output_tokens = 1\n',
            [(4, 40, 'LLM902')], id='tracked-call-needs-none',
        ),
        pytest.param(
            'import litellm\nlitellm.completion(model="m")  # llm-usage: ignore[llm001] lower-case code\n',
            [], id='code-case',
        ),
        pytest.param(
            'import litellm\nlitellm.completion(model="m")  # LLM-USAGE: IGNORE shouting\n',
            [(2, 1, 'LLM001')], id='marker-is-lower-case',
        ),
    ],
)
def test_suppressions(src: str, expected: list[tuple[int, int, str]]) -> None:
    assert findings(src) == expected


def test_unicode_before_the_comment_counts_characters() -> None:
    assert findings('x = "é"  # llm-usage: ignore reason\n') == [(1, 10, 'LLM902')]


def test_file_that_does_not_tokenize_has_no_suppressions() -> None:
    assert suppressions.find(b'x = (\n# llm-usage: ignore why\n') == []


def test_messages(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(project, {'a.py': '''\
        import litellm
        litellm.completion(model="m")  # llm-usage: ignore
        x = 1  # llm-usage: ignore[LLM003,LLM004] stale
        litellm.completion(model="m")  # llm-usage: ignore[LLM001] billed to research
        '''})
    assert cli.main(['a.py']) == 1
    assert capsys.readouterr().out == (
        'a.py:2:32: LLM901 suppression without a reason: write why after it, e.g. '
        '"# llm-usage: ignore billed elsewhere"\n'
        'a.py:3:8: LLM902 unused suppression: no LLM003, LLM004 is reported on these lines; remove it\n'
        'check-llm-calls: 2 suppression comments to fix\n'
    )


def test_meta_codes_can_be_ignored(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(project, {'a.py': 'x = 1  # llm-usage: ignore\n'})
    assert cli.main(['--ignore', 'LLM901,LLM902', 'a.py']) == 0
    assert capsys.readouterr().out == ''


@pytest.mark.parametrize(
    ('src', 'expected'),
    [
        pytest.param('import litellm\nx = litellm.completion(model="m")  # noqa: LLM001\n', [], id='noqa-code'),
        pytest.param('import litellm\nx = litellm.completion(model="m")  # NOQA:LLM001\n', [], id='noqa-upper-no-space'),
        pytest.param('import litellm\nx = litellm.completion(model="m")  # noqa: E501, LLM001\n', [], id='noqa-with-other-codes'),
        pytest.param('import litellm\nx = litellm.completion(model="m")  # noqa: E501 LLM001 W291\n', [], id='noqa-space-separated'),
        pytest.param(
            'import litellm\nx = litellm.completion(\n    model="m",  # noqa: LLM001\n)\n', [], id='noqa-any-line-of-the-call',
        ),
        pytest.param(
            'import litellm\nx = litellm.completion(model="m")  # noqa\n', [(2, 5, 'LLM001')], id='bare-noqa-is-not-enough',
        ),
        pytest.param(
            'import litellm\nx = litellm.completion(model="m")  # noqa: E501\n', [(2, 5, 'LLM001')], id='noqa-other-codes-only',
        ),
        pytest.param(
            'import litellm\nx = litellm.completion(model="m")  # noqa: LLM002\n',
            [(2, 5, 'LLM001'), (2, 36, 'LLM902')], id='noqa-wrong-code',
        ),
        pytest.param('x = 1  # noqa: LLM001\n', [(1, 8, 'LLM902')], id='noqa-unused-in-file-without-llm-words'),
        pytest.param('x = 1  # noqa: E501\n', [], id='noqa-for-other-linters-is-not-ours'),
        pytest.param('x = "# noqa: LLM001"\n', [], id='noqa-in-a-string'),
        pytest.param(
            'import litellm\nx = litellm.completion(model="m")  # noqa: LLM001  # llm-usage: ignore[LLM001] both\n',
            [], id='noqa-and-ignore-in-one-comment',
        ),
    ],
)
def test_noqa(src: str, expected: list[tuple[int, int, str]]) -> None:
    assert findings(src) == expected


def test_unused_noqa_message(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(project, {'a.py': 'x = 1  # noqa: E501, LLM002\n'})
    assert cli.main(['a.py']) == 1
    assert capsys.readouterr().out == (
        'a.py:1:8: LLM902 unused suppression: no LLM002 is reported on these lines; remove it\n'
        'check-llm-calls: 1 suppression comment to fix\n'
    )
