"""action.yml: its shell steps run for real, in order, as the GitHub runner would run them."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import put

# installs the package from a copy of this checkout into a fresh venv: needs PyPI, as the pre-commit tests do
pytestmark = pytest.mark.precommit

ROOT = Path(__file__).resolve().parent.parent
ACTION = yaml.safe_load((ROOT / 'action.yml').read_text())
EXPRESSION = re.compile(r'\$\{\{\s*([\w.-]+)\s*\}\}')
CALL = 'import litellm\n\n\ndef ask(m):\n    return litellm.completion(model="gpt-4o", messages=m)\n'


def evaluate(text: str, inputs: dict[str, str], outputs: dict[str, str], temp: Path) -> str:
    """The three kinds of expression action.yml uses: inputs, the check step's outputs, runner.temp."""
    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name.startswith('inputs.'):
            key = name[len('inputs.'):]
            return inputs.get(key, ACTION['inputs'][key].get('default', ''))
        if name.startswith('steps.check.outputs.'):
            return outputs.get(name[len('steps.check.outputs.'):], '')
        assert name == 'runner.temp', name
        return str(temp)
    return EXPRESSION.sub(value, text)


@pytest.fixture(scope='module')
def action_checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This repository's tracked files, as the runner checks the action out at its tag."""
    copy = tmp_path_factory.mktemp('action')
    listed = subprocess.run(('git', 'ls-files', '-z'), cwd=ROOT, capture_output=True, check=True).stdout
    for name in filter(None, listed.decode().split('\0')):
        source = ROOT / name
        if source.is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            (copy / name).write_bytes(source.read_bytes())
            (copy / name).chmod(source.stat().st_mode)
    return copy


def run_action(action_path: Path, repo: Path, temp: Path, inputs: dict[str, str]) -> list[tuple[str, subprocess.CompletedProcess[str] | None]]:
    """Each step's name and result (None for a step that ``uses:`` another action)."""
    files = {name: temp / name for name in ('path', 'output', 'summary')}
    for path in files.values():
        path.write_text('')
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(('GITHUB_', 'VIRTUAL_ENV'))},
        'GITHUB_ACTION_PATH': str(action_path), 'RUNNER_TEMP': str(temp), 'GITHUB_PATH': str(files['path']),
        'GITHUB_OUTPUT': str(files['output']), 'GITHUB_STEP_SUMMARY': str(files['summary']),
    }
    results: list[tuple[str, subprocess.CompletedProcess[str] | None]] = []
    for step in ACTION['runs']['steps']:
        outputs = dict(line.split('=', 1) for line in files['output'].read_text().splitlines())
        if 'uses' in step:
            assert re.fullmatch(r"inputs\.[\w-]+ == 'true'", step['if'])
            results.append((step['name'], None))
            continue
        step_env = {k: evaluate(v, inputs, outputs, temp) for k, v in step.get('env', {}).items()}
        # the runner puts what a step appends to GITHUB_PATH first on PATH for the later steps
        added = [line for line in files['path'].read_text().splitlines() if line]
        path = os.pathsep.join([*reversed(added), env['PATH']])
        results.append((step['name'], subprocess.run(
            ('bash', '-e', '-c', step['run']), cwd=repo, env={**env, **step_env, 'PATH': path},
            capture_output=True, text=True, timeout=600,
        )))
    return results


def test_the_action_annotates_uploads_summarises_and_fails(action_checkout: Path, tmp_path: Path) -> None:
    repo = tmp_path / 'repo'
    subprocess.run(('git', 'init', '-q', str(repo)), check=True)
    put(repo, {'app/chat.py': CALL, 'build/gen.py': CALL, '.gitignore': 'build/\n'})
    subprocess.run(('git', 'add', 'app/chat.py', '.gitignore'), cwd=repo, check=True)
    temp = tmp_path / 'runner'
    temp.mkdir()
    inputs = {'args': '.', 'fail-on-findings': 'true', 'sarif-upload': 'true', 'python': sys.executable}

    steps = run_action(action_checkout, repo, temp, inputs)

    names = [name for name, _ in steps]
    assert names == [step['name'] for step in ACTION['runs']['steps']]
    install, annotate, sarif, upload, inventory, fail = (result for _, result in steps)
    assert install is not None and install.returncode == 0, install.stderr
    assert annotate is not None and (annotate.returncode, annotate.stdout) == (0, (
        '::warning file=./app/chat.py,line=5,col=12,title=LLM001 litellm%3A a direct call that bypasses '
        'usage tracking::direct litellm.completion() call bypasses LLM usage tracking; use '
        'multi_model_service.generate_response() or wrap the call in llm_tracker.track_llm_call()\n'
    ))
    assert (temp / 'output').read_text() == 'exit-code=1\n'
    assert sarif is not None and sarif.returncode == 0, sarif.stderr
    log = json.loads((temp / 'check-llm-usage.sarif').read_text())
    assert [r['ruleId'] for r in log['runs'][0]['results']] == ['LLM001']
    step = next(s for s in ACTION['runs']['steps'] if 'uses' in s)
    assert step['uses'] == 'github/codeql-action/upload-sarif@v3' and upload is None
    assert evaluate(step['with']['sarif_file'], inputs, {}, temp) == str(temp / 'check-llm-usage.sarif')
    assert inventory is not None and inventory.returncode == 0, inventory.stderr
    summary = (temp / 'summary').read_text()
    assert summary.startswith('## LLM call inventory\n\n**Tracking coverage: 0/1 (0%)** of the LLM call sites.')
    assert '| `./app/chat.py:5:12` | untracked | litellm | `litellm.completion` | `gpt-4o` |' in summary
    assert fail is not None and (fail.returncode, fail.stdout) == (
        1, '::error title=check-llm-usage::direct LLM calls bypass usage tracking (see the annotations)\n',
    )
    # the action wrote nothing into the repository it checked (and the walk left out build/)
    status = subprocess.run(('git', 'status', '--porcelain', '--ignored'), cwd=repo, capture_output=True, text=True)
    assert status.stdout.splitlines() == ['A  .gitignore', 'A  app/chat.py', '!! build/']


def test_by_default_the_action_only_annotates(action_checkout: Path, tmp_path: Path) -> None:
    repo = tmp_path / 'repo'
    subprocess.run(('git', 'init', '-q', str(repo)), check=True)
    put(repo, {'a.py': CALL, 'b.py': CALL})
    temp = tmp_path / 'runner'
    temp.mkdir()

    steps = dict(run_action(action_checkout, repo, temp, {'args': 'a.py --select LLM001', 'python': sys.executable}))

    assert [line.split('::')[1].split(',')[0] for line in steps['Annotate direct LLM calls'].stdout.splitlines()] == [
        'warning file=a.py',
    ]
    assert not (temp / 'check-llm-usage.sarif').exists()
    assert (temp / 'summary').read_text().startswith('## LLM call inventory')
    assert steps['Fail on findings'].returncode == 0
