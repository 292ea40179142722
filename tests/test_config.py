"""[tool.check-llm-usage]: where it is found, what each key does, and every error a user can make."""
from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from conftest import put

from check_llm_usage import catalogue
from check_llm_usage import cli
from check_llm_usage import config
from check_llm_usage import files
from check_llm_usage import hook
from check_llm_usage import rules

CALL = 'import litellm\nlitellm.completion(model="m")\n'
TOKENS = '        usage_log.input_tokens = 1\n        usage_log.output_tokens = 2\n'


def lines(capsys: pytest.CaptureFixture[str]) -> list[str]:
    """``path:line:col: CODE`` of each printed finding."""
    out = capsys.readouterr().out.splitlines()
    return [line.split(' ')[0] + ' ' + line.split(' ')[1] for line in out if not line.startswith(('help: ', 'check-llm-'))]


def test_defaults_without_a_config(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(project, {'tests/t.py': CALL, 'a.py': CALL})
    assert config.find('.') is None
    assert cli.main(['a.py', 'tests/t.py']) == 1
    assert lines(capsys) == ['a.py:2:1: LLM001']


def test_found_in_the_current_directory_or_above(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    put(project, {
        'pyproject.toml': '[tool.check-llm-usage]\nselect = ["LLM002"]\n',
        # names the tool but has no table: skipped on the way up
        'sub/pyproject.toml': '[project]\nname = "x"\ndependencies = ["check-llm-usage"]\n',
        'sub/deeper/a.py': CALL,
    })
    monkeypatch.chdir(project / 'sub' / 'deeper')
    assert config.find('.') == '../../pyproject.toml'
    assert cli.main(['a.py']) == 0


def test_nearest_table_wins(project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    put(project, {
        'pyproject.toml': '[tool.check-llm-usage]\nselect = ["LLM002"]\n',
        'sub/pyproject.toml': '[tool.check-llm-usage]\nselect = ["litellm"]\n',
        'sub/a.py': CALL,
    })
    monkeypatch.chdir(project / 'sub')
    assert cli.main(['a.py']) == 1
    assert lines(capsys) == ['a.py:2:1: LLM001']


def test_config_flag_points_elsewhere(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(project, {
        'pyproject.toml': '[tool.check-llm-usage]\nselect = ["LLM002"]\n',
        'ci/llm.toml': '[tool.check-llm-usage]\nignore = []\n',
        'a.py': CALL,
    })
    assert cli.main(['a.py']) == 0
    assert cli.main(['--config', 'ci/llm.toml', 'a.py']) == 1
    assert lines(capsys) == ['a.py:2:1: LLM001']


def test_custom_tracker_context_manager(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(project, {
        'pyproject.toml': '[tool.check-llm-usage]\ntracker-context-managers = ["app.usage.tracked"]\n',
        'a.py': (
            'import litellm\n'
            'from app import usage as u\n'
            'from app.services.llm_usage_tracker import llm_tracker\n'
            'async def f():\n'
            '    async with sem, u.tracked() as usage_log:\n'
            '        litellm.completion(model="m")\n'
            + TOKENS
            + '    async with llm_tracker.track_llm_call() as usage_log:\n'
            '        litellm.completion(model="m")\n'
            + TOKENS
        ),
    })
    assert cli.main(['a.py']) == 1
    out = capsys.readouterr().out.splitlines()
    # the default tracker is replaced, and the advice names the configured one
    assert out == [
        'a.py:10:9: LLM001 direct litellm.completion() call bypasses LLM usage tracking',
        'help: use multi_model_service.generate_response() or wrap the call in app.usage.tracked() '
        '(check-llm-calls --explain LLM001)',
        'check-llm-calls: 1 direct LLM call in 1 file',
    ]


def test_tracker_decorators(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(project, {
        'pyproject.toml': '[tool.check-llm-usage]\ntracker-decorators = ["usage.track_llm"]\n',
        'a.py': '''\
            import litellm
            from app import usage
            from app.usage import track_llm as track

            @usage.track_llm(feature="x")
            def one():
                return [litellm.completion(model=m) for m in models]

            @track
            async def two():
                def later():
                    return litellm.completion(model="m")
                return await litellm.acompletion(model="m")

            @other
            def three():
                return litellm.completion(model="m")
            ''',
    })
    assert cli.main(['a.py']) == 1
    assert lines(capsys) == ['a.py:12:16: LLM001', 'a.py:17:12: LLM001']


@pytest.mark.parametrize(
    ('source', 'expected'),
    [
        pytest.param('OpenAI(base_url="http://proxy:4000").chat.completions.create(model="m")\n', [], id='inline-client'),
        pytest.param('c = OpenAI(base_url="http://proxy:4000/v1/")\nc.chat.completions.create(model="m")\n', [], id='client-name'),
        pytest.param('URL = "http://PROXY:4000"\nc = OpenAI(base_url=URL + "/v1")\nc.chat.completions.create()\n', [], id='constant-concat'),
        pytest.param('c = OpenAI(base_url=f"http://proxy:4000/{v}")\nc.chat.completions.create()\n', [], id='f-string'),
        pytest.param(
            'class S:\n    def __init__(self):\n        self.c = AsyncOpenAI(base_url="http://proxy:4000")\n'
            '    async def f(self):\n        await self.c.with_options(timeout=1).chat.completions.create()\n',
            [], id='self-attribute',
        ),
        pytest.param('litellm.completion(model="m", api_base="http://proxy:4000")\n', [], id='litellm-api-base'),
        pytest.param('c = OpenAI(base_url="http://proxy:4000.evil.com")\nc.chat.completions.create()\n', [4], id='look-alike-host'),
        pytest.param('c = OpenAI(base_url=f"http://proxy:4000{v}")\nc.chat.completions.create()\n', [4], id='open-ended-f-string'),
        pytest.param('c = OpenAI(base_url=os.environ["URL"])\nc.chat.completions.create()\n', [4], id='not-literal'),
        pytest.param('c = OpenAI()\nc.chat.completions.create(model="m")\n', [4], id='no-base-url'),
    ],
)
def test_allowed_base_urls(project: Path, capsys: pytest.CaptureFixture[str], source: str, expected: list[int]) -> None:
    put(project, {
        'pyproject.toml': '[tool.check-llm-usage]\nallowed-base-urls = ["http://proxy:4000/"]\n',
        'a.py': 'import litellm, os\nfrom openai import OpenAI, AsyncOpenAI\n' + source,
    })
    assert cli.main(['--format', 'json', 'a.py']) == (1 if expected else 0)
    import json

    assert [f['line'] for f in json.loads(capsys.readouterr().out)] == expected


def test_exclude_replaces_and_extend_exclude_adds(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(project, {'tests/t.py': CALL, 'legacy/old.py': CALL, 'app/a.py': CALL})
    paths = ['tests/t.py', 'legacy/old.py', 'app/a.py']
    put(project, {'pyproject.toml': '[tool.check-llm-usage]\nextend-exclude = ["legacy/"]\n'})
    cli.main(paths)
    assert lines(capsys) == ['app/a.py:2:1: LLM001']
    put(project, {'pyproject.toml': '[tool.check-llm-usage]\nexclude = ["/app/*.py"]\n'})
    cli.main(paths)
    assert lines(capsys) == ['legacy/old.py:2:1: LLM001', 'tests/t.py:2:1: LLM001']


@pytest.mark.parametrize(
    ('pattern', 'matched', 'unmatched'),
    [
        pytest.param('legacy/', ['legacy/a.py', 'src/legacy/a.py'], ['legacy.py', 'src/legacy_x/a.py'], id='directory-at-any-depth'),
        pytest.param('/legacy/', ['legacy/a.py'], ['src/legacy/a.py'], id='anchored-directory'),
        pytest.param('a/b.py', ['a/b.py', 'x/a/b.py', 'a/b.py/c.py'], ['xa/b.py', 'a/b.pyc'], id='path-at-any-depth'),
        pytest.param('/a/*.py', ['a/x.py'], ['a/b/x.py', 'b/a/x.py'], id='anchored-star'),
        pytest.param('gen_?.py', ['gen_1.py', 'd/gen_2.py'], ['gen_10.py', 'gen_/.py'], id='question-mark'),
        pytest.param('src/**/gen.py', ['src/gen.py', 'src/a/b/gen.py'], ['gen.py', 'lib/src2/gen.py'], id='double-star-inside'),
        pytest.param('/build/**', ['build/x.py', 'build/a/x.py'], ['src/build/x.py', 'build.py'], id='double-star-at-the-end'),
        pytest.param('**/vendor', ['vendor', 'vendor/x.py', 'a/b/vendor/x.py'], ['vendored/x.py'], id='double-star-at-the-start'),
        pytest.param('a.b+(c)$.py', ['a.b+(c)$.py'], ['a.bb+(c)$.py', 'aXb+(c)$.py'], id='regex-characters-are-literal'),
    ],
)
def test_pattern_semantics(pattern: str, matched: list[str], unmatched: list[str]) -> None:
    test = files.compile_patterns([pattern])
    assert test is not None
    assert [p for p in matched + unmatched if test(p)] == matched


def old_literal_regex(pattern: str) -> str | None:
    """How a pattern of plain names was matched before: one regex over '/' + path (the reference)."""
    items = files._pattern(pattern)
    directory_only = items[-2:] == [files._ANY_NAME, files._ANY]
    names = items[1 if items[0] is files._ANY else 0:-2 if directory_only else -1]
    if not names or not all(isinstance(name, str) for name in names):
        return None
    start = '/' if items[0] is files._ANY else '/(?<=^/)'
    return start + '/'.join(map(re.escape, names)) + ('/' if directory_only else '(?:/|$)')


@pytest.mark.parametrize('pattern', [
    *catalogue.DEFAULT_EXCLUDE, 'legacy/', '/legacy/', 'a/b.py', '/a/b.py', '**/vendor', '/build/**',
    'vendor/**/', 'a.b+(c)$.py', 'x/', 'x', '/x',
])
def test_plain_names_match_what_the_regex_matched(pattern: str) -> None:
    regex = old_literal_regex(pattern)
    assert regex is not None
    test = files.compile_patterns([pattern])
    assert test is not None
    parts = ['x', 'legacy', 'a', 'b.py', 'vendor', 'build', 'tests', 'alembic', 'a.b+(c)$.py', 'xa', 'b.pyc', '']
    paths = ['/'.join(p) for n in (1, 2, 3) for p in itertools.product(parts, repeat=n)]
    paths += [*catalogue.DEFAULT_EXCLUDE, 'app/services', 'scripts/check_llm_calls.pyc']
    assert [p for p in paths if test(p)] == [p for p in paths if re.search(regex, '/' + p)]


def test_relative_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / 'a' / 'b').mkdir(parents=True)
    monkeypatch.chdir(tmp_path / 'a')
    assert files.relative(str(tmp_path / 'a' / 'b' / 'x.py')) == 'b/x.py'
    assert files.relative(str(tmp_path / 'a' / 'x.py')) == 'x.py'
    assert files.relative(str(tmp_path / 'y.py')) == '../y.py'
    assert files.relative('b/../b/./x.py') == 'b/x.py'
    assert files.relative('b/x.py', str(tmp_path)) == 'a/b/x.py'
    monkeypatch.chdir(tmp_path / 'a' / 'b')  # the same directories, seen from elsewhere
    assert files.relative(str(tmp_path / 'a' / 'b' / 'x.py')) == 'x.py'
    assert files.relative(str(tmp_path / 'y.py')) == '../../y.py'
    assert files.relative('x.py', str(tmp_path)) == 'a/b/x.py'


def test_patterns_are_relative_to_the_config_file(project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    put(project, {
        'pyproject.toml': '[tool.check-llm-usage]\nextend-exclude = ["/src/gen/"]\n',
        'src/gen/a.py': CALL, 'src/b.py': CALL,
    })
    monkeypatch.chdir(project / 'src')
    assert cli.main(['gen/a.py', 'b.py']) == 1
    assert lines(capsys) == ['b.py:2:1: LLM001']


def test_select_ignore_groups_and_per_file_ignores(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    both = CALL + 'import openai\nopenai.chat.completions.create(model="m")\n'
    put(project, {
        'pyproject.toml': (
            '[tool.check-llm-usage]\nselect = ["ALL"]\nignore = ["LLM100"]\n'
            '[tool.check-llm-usage.per-file-ignores]\n"scripts/" = ["openai"]\n'
        ),
        'scripts/s.py': both, 'a.py': both,
    })
    assert cli.main(['a.py', 'scripts/s.py']) == 1
    assert lines(capsys) == ['a.py:2:1: LLM001', 'a.py:4:1: LLM002', 'scripts/s.py:2:1: LLM001']


@pytest.mark.parametrize(
    ('flags', 'expected'),
    [
        pytest.param([], ['a.py:2:1: LLM001'], id='config-only'),
        pytest.param(['--select', 'openai'], ['a.py:4:1: LLM002'], id='select'),
        pytest.param(['--ignore', 'LLM002,LLM001'], [], id='ignore'),
        pytest.param(['--extend-exclude', 'a.py'], ['b/c.py:2:1: LLM001'], id='extend-exclude'),
        pytest.param(['--exclude', 'x/'], ['a.py:2:1: LLM001', 'tests/t.py:2:1: LLM001'], id='exclude'),
    ],
)
def test_command_line_overrides_config(project: Path, capsys: pytest.CaptureFixture[str], flags: list[str], expected: list[str]) -> None:
    put(project, {
        'pyproject.toml': '[tool.check-llm-usage]\nselect = ["litellm"]\nextend-exclude = ["b/"]\n',
        'a.py': CALL + 'import openai\nopenai.chat.completions.create(model="m")\n',
        'b/c.py': CALL, 'tests/t.py': CALL,
    })
    cli.main([*flags, 'a.py', 'b/c.py', 'tests/t.py'])
    assert lines(capsys) == expected


def test_token_attributes(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(project, {
        'pyproject.toml': '[tool.check-llm-usage]\ntoken-attributes = ["prompt_tokens", "completion_tokens"]\n',
        'a.py': (
            'async def f():\n'
            '    async with llm_tracker.track_llm_call() as log:\n'
            '        log.prompt_tokens = 1\n'
        ),
    })
    assert cli.main(['a.py']) == 1
    assert capsys.readouterr().out.splitlines()[0] == (
        "a.py:2:16: LLM100 tracker block never sets log.completion_tokens; record the token "
        "counts from the response's usage, or the call's cost is not tracked"
    )


@pytest.mark.parametrize(
    ('toml', 'error'),
    [
        pytest.param(
            'trackers = ["x"]',
            "pyproject.toml: [tool.check-llm-usage] unknown key 'trackers' (known keys: "
            'tracker-context-managers, tracker-decorators, exclude, extend-exclude, select, ignore, '
            'allowed-base-urls, token-attributes, llm-objects, per-file-ignores, use-instead, follow-imports, '
            'respect-gitignore, roots)',
            id='unknown-key',
        ),
        pytest.param('select = "LLM001"', "pyproject.toml: [tool.check-llm-usage] 'select' must be a list of strings, not a string", id='string-not-list'),
        pytest.param('exclude = ["a", 1]', "pyproject.toml: [tool.check-llm-usage] 'exclude' must be a list of strings, not an array with a non-string item", id='mixed-list'),
        pytest.param('tracker-decorators = true', "pyproject.toml: [tool.check-llm-usage] 'tracker-decorators' must be a list of strings, not a boolean", id='boolean'),
        pytest.param(
            'ignore = ["LLM999"]',
            "pyproject.toml: [tool.check-llm-usage] 'ignore': unknown rule 'LLM999' (a code like LLM001, "
            'a group like openai, or ALL; see --list-rules)',
            id='unknown-code',
        ),
        pytest.param('per-file-ignores = ["a"]', "pyproject.toml: [tool.check-llm-usage] 'per-file-ignores' must be a table of pattern = [codes], not an array", id='per-file-type'),
        pytest.param('per-file-ignores = {"a.py" = "LLM001"}', "pyproject.toml: [tool.check-llm-usage] 'per-file-ignores' 'a.py' must be a list of strings, not a string", id='per-file-value'),
        pytest.param('token-attributes = []', "pyproject.toml: [tool.check-llm-usage] 'token-attributes' must not be empty", id='no-token-attributes'),
    ],
)
def test_errors_are_one_line_naming_the_key(project: Path, capsys: pytest.CaptureFixture[str], toml: str, error: str) -> None:
    put(project, {'pyproject.toml': f'[tool.check-llm-usage]\n{toml}\n', 'a.py': CALL})
    assert cli.main(['a.py']) == 2
    assert capsys.readouterr() == ('', f'check-llm-calls: error: {error}\n')
    assert hook.main(['a.py']) == 0
    assert capsys.readouterr() == (
        '', f'check-llm-usage: error: {error} (nothing checked; this check never blocks commits)\n',
    )


def test_invalid_toml(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(project, {'pyproject.toml': '[tool.check-llm-usage]\nselect = [\n', 'a.py': CALL})
    assert cli.main(['a.py']) == 2
    err = capsys.readouterr().err
    # the parser's wording differs between tomllib and tomli versions
    assert err.startswith('check-llm-calls: error: pyproject.toml: invalid TOML: ')
    assert err.count('\n') == 1


def test_config_file_errors(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(project, {'other.toml': '[tool.ruff]\n', 'a.py': CALL, 'latin.toml': ''})
    (project / 'latin.toml').write_bytes(b'[tool.check-llm-usage]\nselect = ["\xe9"]\n')
    for name, error in (
        ('missing.toml', 'missing.toml: cannot read it (No such file or directory)'),
        ('other.toml', 'other.toml: no [tool.check-llm-usage] table'),
        ('latin.toml', 'latin.toml: invalid TOML: not UTF-8'),
    ):
        assert cli.main(['--config', name, 'a.py']) == 2
        assert capsys.readouterr().err == f'check-llm-calls: error: {error}\n'


def test_unknown_code_on_the_command_line(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(project, {'a.py': CALL})
    assert cli.main(['--select', 'LLM1', 'a.py']) == 2
    assert capsys.readouterr().err == (
        "check-llm-calls: error: --select: unknown rule 'LLM1' (a code like LLM001, a group like "
        'openai, or ALL; see --list-rules)\n'
    )


def test_readme_example_is_a_valid_config(tmp_path: Path) -> None:
    readme = (Path(__file__).resolve().parent.parent / 'README.md').read_text()
    section = readme.split('## Configuration', 1)[1]
    example = section.split('```toml\n', 1)[1].split('```', 1)[0]
    (tmp_path / 'pyproject.toml').write_text(example)
    loaded = config.load(str(tmp_path / 'pyproject.toml'))
    assert loaded.tracker_context_managers == ('llm_tracker.track_llm_call', 'app.usage.tracked')
    assert loaded.per_file_ignores == (('app/admin/', ('openai',)),)
    assert config.enabled(loaded) == frozenset(r.code for r in rules.RULES) - {'LLM011'}


@pytest.mark.parametrize(
    ('flags', 'expected'),
    [
        pytest.param([], [], id='off-by-default'),
        pytest.param(['--select', 'frameworks'], ['a.py:2:1: LLM030'], id='selected-group'),
        pytest.param(['--select', 'ALL', '--ignore', 'LLM030'], [], id='all-but-ignored'),
    ],
)
def test_select_reaches_the_analyzer(project: Path, capsys: pytest.CaptureFixture[str], flags: list[str], expected: list[str]) -> None:
    put(project, {'a.py': 'from langchain_openai import ChatOpenAI\nChatOpenAI(model="gpt-4o").invoke(messages)\n'})
    assert cli.main([*flags, 'a.py']) == (1 if expected else 0)
    assert lines(capsys) == expected


def test_allowed_base_url_follows_a_client_getter(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(project, {
        'pyproject.toml': '[tool.check-llm-usage]\nallowed-base-urls = ["http://proxy:4000"]\n',
        'a.py': '''\
            from openai import OpenAI

            def proxied():
                return OpenAI(base_url="http://proxy:4000/v1")

            def direct():
                return OpenAI()

            proxied().chat.completions.create(model="m")
            direct().chat.completions.create(model="m")
            ''',
    })
    assert cli.main(['a.py']) == 1
    assert lines(capsys) == ['a.py:10:1: LLM002']


@pytest.mark.parametrize('table', ['check_llm_usage', 'Check-LLM-Usage', 'check-llm_usage'])
def test_a_misspelt_table_is_an_error(project: Path, capsys: pytest.CaptureFixture[str], table: str) -> None:
    put(project, {'pyproject.toml': f'[tool.{table}]\nselect = ["LLM002"]\n', 'a.py': CALL})
    error = f'pyproject.toml: [tool.{table}] is not read; the table is [tool.check-llm-usage]'
    assert cli.main(['a.py']) == 2
    assert capsys.readouterr() == ('', f'check-llm-calls: error: {error}\n')
    assert hook.main(['a.py']) == 0
    assert capsys.readouterr() == (
        '', f'check-llm-usage: error: {error} (nothing checked; this check never blocks commits)\n',
    )


def test_an_empty_select_in_the_config_is_an_error(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(project, {'pyproject.toml': '[tool.check-llm-usage]\nselect = []\n', 'a.py': CALL})
    assert cli.main(['a.py']) == 2
    assert capsys.readouterr().err == (
        "check-llm-calls: error: pyproject.toml: [tool.check-llm-usage] 'select' is empty; it would report nothing\n"
    )


@pytest.mark.parametrize(
    ('toml', 'error'),
    [
        pytest.param('use-instead = ["x()"]', "'use-instead' must be a string, not an array", id='list'),
        pytest.param('use-instead = " "', "'use-instead' must not be empty", id='blank'),
    ],
)
def test_use_instead_must_be_a_name(project: Path, capsys: pytest.CaptureFixture[str], toml: str, error: str) -> None:
    put(project, {'pyproject.toml': f'[tool.check-llm-usage]\n{toml}\n', 'a.py': CALL})
    assert cli.main(['a.py']) == 2
    assert capsys.readouterr().err == f'check-llm-calls: error: pyproject.toml: [tool.check-llm-usage] {error}\n'
