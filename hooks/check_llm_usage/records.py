"""``NamedTuple`` for record classes, without importing typing (3-4 ms of the hook's 40 on a
staged file with a finding: typing builds its generics at import).

``class Finding(NamedTuple)`` with annotated fields, defaults, methods and a docstring makes
what ``typing.NamedTuple`` makes: a ``collections.namedtuple`` class carrying the body's
methods.  Type checkers see ``typing.NamedTuple`` itself.  The annotations are read as the
strings ``from __future__ import annotations`` leaves (every module of the package has it).
"""
from __future__ import annotations

import collections

# typing.TYPE_CHECKING without importing typing
TYPE_CHECKING = False
# what a class body holds besides its fields and what it adds (methods, constants, docstring)
_MADE_BY_PYTHON = frozenset(('__module__', '__qualname__', '__annotations__'))


class _RecordType(type):
    """Turns a class statement deriving from ``NamedTuple`` into a ``collections.namedtuple``."""

    def __new__(mcls, name: str, bases: tuple[type, ...], namespace: dict[str, object]) -> type:
        if not bases:  # NamedTuple itself
            return super().__new__(mcls, name, bases, namespace)
        fields = tuple(namespace['__annotations__'])  # type: ignore[arg-type]
        defaults = [namespace[f] for f in fields if f in namespace]
        if any(f not in namespace for f in fields[len(fields) - len(defaults):]):
            raise TypeError(f'{name}: a field without a default follows one with a default')
        record = collections.namedtuple(name, fields, defaults=defaults, module=str(namespace['__module__']))
        record.__qualname__ = str(namespace['__qualname__'])
        for key, value in namespace.items():
            if key not in fields and key not in _MADE_BY_PYTHON:
                setattr(record, key, value)
        return record


if TYPE_CHECKING:
    from typing import NamedTuple
else:
    class NamedTuple(metaclass=_RecordType):
        """The base of a record class: its annotated names are its fields, in order."""
