"""The finding record, what a finding advises, and the codes every part of the checker shares."""
from __future__ import annotations

from check_llm_usage import catalogue
from check_llm_usage.records import NamedTuple

UNCHECKED = 'LLM900'
TOKENS = 'LLM100'
# resolution steps one file may take (each value resolved, memoised or not): the largest real
# files take far fewer; a crafted file that needs more gets LLM900 instead of stalling the hook
MAX_STEPS = 2_000_000


class TooComplex(Exception):
    """A file whose analysis would take more than ``MAX_STEPS`` steps."""


class Finding(NamedTuple):
    """One reported problem, at a 1-based line and column of ``path`` (as given)."""

    path: str
    line: int
    column: int
    code: str
    message: str
    target: str = ''
    # where the call ends, the function it is in, and its normalised text (the baseline key)
    end_line: int = 0
    end_column: int = 0
    function: str = ''
    call: str = ''
    # inventory only: the literal ``model=`` and 'tracked' / 'untracked' / 'suppressed' / 'baselined'
    model: str | None = None
    status: str = ''
    # a client made in another file: 'path:line' of its constructor call
    origin: str = ''


class Advice(NamedTuple):
    """What to write instead of a direct call: the team's ``use-instead`` path and its tracker."""

    use_instead: str = catalogue.TRACKED_PATH
    tracker: str = catalogue.DEFAULT_TRACKER

    def __str__(self) -> str:
        return f'use {self.use_instead} or wrap the call in {self.tracker}()'
