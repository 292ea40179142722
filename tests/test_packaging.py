"""The built wheel: exactly the package, the hook script and the metadata users see in pip show."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

# builds with pip's build isolation (setuptools from PyPI), as the pre-commit tests need PyPI
pytestmark = pytest.mark.precommit

ROOT = Path(__file__).resolve().parent.parent
DIST_INFO = 'check_llm_usage-0.1.0.dist-info'


@pytest.fixture(scope='module')
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    """The wheel pip builds from the tracked files (a copy: building writes build/ into the tree)."""
    source = tmp_path_factory.mktemp('source')
    listed = subprocess.run(('git', 'ls-files', '-z'), cwd=ROOT, capture_output=True, check=True).stdout
    for name in filter(None, listed.decode().split('\0')):
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            (source / name).write_bytes((ROOT / name).read_bytes())
            (source / name).chmod((ROOT / name).stat().st_mode)
    dist = tmp_path_factory.mktemp('dist')
    subprocess.run(
        (sys.executable, '-m', 'pip', 'wheel', '--quiet', '--no-deps', '--wheel-dir', str(dist), str(source)),
        check=True, capture_output=True,
    )
    (built,) = dist.glob('*.whl')
    return zipfile.ZipFile(built)


def test_the_wheel_holds_exactly_what_it_needs(wheel: zipfile.ZipFile) -> None:
    tracked = subprocess.run(
        ('git', 'ls-files', 'hooks/check_llm_usage/*.py'), cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.split()
    assert sorted(wheel.namelist()) == sorted([
        *(name.replace('hooks/', '', 1) for name in tracked),
        'check_llm_usage-0.1.0.data/scripts/check-llm-usage',
        *(f'{DIST_INFO}/{name}' for name in (
            'METADATA', 'WHEEL', 'RECORD', 'entry_points.txt', 'top_level.txt', 'licenses/LICENSE',
        )),
    ])
    # the hook script keeps its plain form (a console-script wrapper would import re first)
    script = wheel.read('check_llm_usage-0.1.0.data/scripts/check-llm-usage').decode()
    assert script.splitlines()[-1] == 'run()'


def test_entry_points(wheel: zipfile.ZipFile) -> None:
    assert wheel.read(f'{DIST_INFO}/entry_points.txt').decode().split() == [
        '[console_scripts]', 'check-llm-calls', '=', 'check_llm_usage.cli:script',
        '[flake8.extension]', 'LLM', '=', 'check_llm_usage.flake8_plugin:Plugin',
    ]


def test_metadata(wheel: zipfile.ZipFile) -> None:
    metadata = Parser().parsestr(wheel.read(f'{DIST_INFO}/METADATA').decode())
    assert metadata['License-Expression'] == 'MIT'
    assert metadata['Author'] == 'The check-llm-usage authors'
    assert metadata['Requires-Python'] == '>=3.9'
    assert metadata.get_all('Project-URL') == [
        'Homepage, https://github.com/check-llm-usage/check-llm-usage',
        'Source, https://github.com/check-llm-usage/check-llm-usage',
        'Issues, https://github.com/check-llm-usage/check-llm-usage/issues',
        'Changelog, https://github.com/check-llm-usage/check-llm-usage/blob/main/CHANGELOG.md',
    ]
    assert 'pre-commit' in metadata['Keywords'].split(',')
    versions = [c.rpartition(' :: ')[2] for c in metadata.get_all('Classifier') if c.startswith('Programming Language :: Python :: 3.')]
    assert versions == ['3.9', '3.10', '3.11', '3.12', '3.13', '3.14']
    assert metadata.get_all('Requires-Dist')[:2] == ['identify>=2.5', 'tomli>=1.1; python_version < "3.11"']
