"""The warn-only guarantee as a property: no input makes the checker raise or the hook fail."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import hypothesmith
import pytest
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from check_llm_usage import hook
from check_llm_usage.checker import UNCHECKED
from check_llm_usage.checker import Options
from check_llm_usage.checker import check_path
from check_llm_usage.checker import check_source

# words that get random text past the pre-filter, so the parser and the analysis run
SDK_WORDS = [
    'import openai\n', 'import litellm\n', 'from openai import OpenAI\n', 'client = OpenAI()\n',
    'litellm.completion(model="m")\n', 'client.chat.completions.create()\n', 'completion(x)\n',
    'async with llm_tracker.track_llm_call() as log:\n', '    ', 'def f(self):\n', 'class C(OpenAI):\n',
    'self.client = client\n', 'return self.client\n', '(', ')', '.', '\n', '\r', '\x00', '"', "'''",
]
FUZZ = settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
sdk_text = st.lists(st.one_of(st.sampled_from(SDK_WORDS), st.text(max_size=8)), max_size=40).map(''.join)


def assert_well_formed(findings: list, path: str) -> None:
    for finding in findings:
        assert finding.path == path and finding.line >= 1 and finding.column >= 1
        assert '\n' not in finding.message and finding.code.startswith('LLM')


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes(data: bytes) -> None:
    assert_well_formed(check_source('x.py', b'import openai\n' + data, Options()), 'x.py')


@FUZZ
@given(sdk_text, st.sampled_from(['utf-8', 'utf-8-sig', 'latin-1', 'utf-16']))
def test_random_text_around_sdk_calls(text: str, encoding: str) -> None:
    data = text.encode(encoding, errors='replace')
    assert_well_formed(check_source('x.py', data, Options()), 'x.py')


# hypothesmith compiles what it generates; the compiler's SyntaxWarnings are its, not ours
@pytest.mark.filterwarnings('ignore::SyntaxWarning')
@settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(hypothesmith.from_grammar(), st.sampled_from(SDK_WORDS[:6]))
def test_grammatical_python(source: str, sdk: str) -> None:
    findings = check_source('x.py', (sdk + source).encode('utf-8', errors='surrogatepass'), Options())
    assert_well_formed(findings, 'x.py')
    assert not [f for f in findings if f.code == UNCHECKED and 'internal error' in f.message]


@settings(max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.binary(max_size=500), sdk_text)
def test_hook_main_always_returns_0(tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes, text: str) -> None:
    (tmp_path / 'a.py').write_bytes(b'import litellm\n' + data)
    (tmp_path / 'b.py').write_text(text, encoding='utf-8', errors='surrogateescape')
    paths = [str(tmp_path / 'a.py'), str(tmp_path / 'b.py')]
    assert hook.main(paths) == 0
    assert_well_formed(check_path(paths[0], Options()), paths[0])
    capsys.readouterr()


@settings(max_examples=5, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.binary(min_size=1, max_size=300))
def test_hook_subprocess_exits_0_without_traceback(tmp_path: Path, data: bytes) -> None:
    (tmp_path / 'a.py').write_bytes(b'import openai\n' + data)
    result = subprocess.run(
        (sys.executable, '-m', 'check_llm_usage.hook', 'a.py'), cwd=tmp_path, capture_output=True,
        timeout=60, env={**os.environ, 'PYTHONDONTWRITEBYTECODE': '1'},
    )
    assert (result.returncode, result.stderr) == (0, b'')
    assert b'Traceback' not in result.stdout
