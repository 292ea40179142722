"""records.NamedTuple makes the same classes as typing.NamedTuple, without importing typing."""
from __future__ import annotations

import subprocess
import sys
import typing
from collections.abc import Callable

import pytest

from check_llm_usage import records


def _body(base: type) -> type:
    class Point(base):  # type: ignore[misc,valid-type]
        """A point."""

        x: int
        y: int = 0
        label: str = ''
        ORIGIN_NAME = 'origin'

        def __str__(self) -> str:
            return f'{self.label or self.ORIGIN_NAME}@{self.x},{self.y}'

        @property
        def norm(self) -> int:
            return abs(self.x) + abs(self.y)

    return Point


@pytest.mark.parametrize(
    'look',
    [
        pytest.param(lambda p: p._fields, id='fields'),
        pytest.param(lambda p: p._field_defaults, id='defaults'),
        pytest.param(lambda p: (p.__doc__, p.__module__, p.__qualname__, p.__name__), id='names'),
        pytest.param(lambda p: repr(p(3, -4, 'a')), id='repr'),
        pytest.param(lambda p: (str(p(1)), str(p(1, 2, 'b'))), id='method'),
        pytest.param(lambda p: p(3, -4).norm, id='property'),
        pytest.param(lambda p: p(1)._replace(y=5), id='replace'),
        pytest.param(lambda p: (p(1, 2) == (1, 2, ''), hash(p(1, 2)) == hash((1, 2, '')), isinstance(p(1), tuple)), id='a-tuple'),
        pytest.param(lambda p: p.__slots__, id='slots'),
    ],
)
def test_the_same_class_as_typing_makes(look: Callable[[type], object]) -> None:
    assert look(_body(records.NamedTuple)) == look(_body(typing.NamedTuple))


def test_a_field_without_a_default_after_one_with_a_default_is_refused() -> None:
    with pytest.raises(TypeError, match='Broken: a field without a default follows one with a default'):
        class Broken(records.NamedTuple):
            x: int = 0
            y: int


def test_typing_is_not_imported() -> None:
    script = 'import sys\nfrom check_llm_usage import records\nprint("typing" in sys.modules)\n'
    assert subprocess.run((sys.executable, '-c', script), capture_output=True, text=True, check=True).stdout == 'False\n'


def test_every_module_making_records_postpones_its_annotations() -> None:
    # records reads a class body's __annotations__; from Python 3.14 (PEP 649) only the
    # __future__ import still puts it in the namespace, and no Python below 3.14 here shows that
    import ast
    from pathlib import Path

    package = Path(records.__file__).parent
    missing = []
    for path in sorted(package.glob('*.py')):
        tree = ast.parse(path.read_bytes())
        imports = [n for n in tree.body if isinstance(n, ast.ImportFrom)]
        makes_records = any(n.module == 'check_llm_usage.records' for n in imports)
        postponed = any(n.module == '__future__' and any(a.name == 'annotations' for a in n.names) for n in imports)
        if makes_records and not postponed:
            missing.append(path.name)
    assert missing == []
