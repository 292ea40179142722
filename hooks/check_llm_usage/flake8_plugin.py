"""The flake8 plugin: ``flake8 --select LLM`` reports what ``check-llm-calls`` reports.

flake8 chooses the files (its own ``exclude``, not ``.gitignore``) and applies ``noqa``
comments; everything else is this check's own: ``[tool.check-llm-usage]`` from the nearest
``pyproject.toml``, its skip list and per-file ignores, suppressions, and the same analysis.
"""
from __future__ import annotations

import ast
import functools
import io
import tokenize
from collections.abc import Iterator

from check_llm_usage import __version__
from check_llm_usage import config
from check_llm_usage.checker import Options
from check_llm_usage.checker import check_source
from check_llm_usage.findings import UNCHECKED
from check_llm_usage.records import NamedTuple


class _Settings(NamedTuple):
    scope: config.PathRules
    options: Options
    enabled: frozenset[str] | None


@functools.lru_cache(maxsize=1)
def _settings() -> _Settings:
    # one flake8 run, one configuration: read once (flake8 checks files from its own directory)
    path = config.find('.')
    setup = config.load(path) if path is not None else config.Config()
    return _Settings(config.PathRules(setup), config.options(setup), config.enabled(setup))


def _source(lines: list[str]) -> bytes:
    """The file's bytes again from flake8's decoded lines, in the encoding its cookie names."""
    text = ''.join(lines)
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(text.encode('utf-8', 'surrogatepass')).readline)
        return text.encode(encoding)
    except (SyntaxError, LookupError, UnicodeError):
        return text.encode('utf-8', 'surrogatepass')


class Plugin:
    """A flake8 tree plugin (flake8 wants ``tree``; the check parses the bytes itself)."""

    name = 'check-llm-usage'
    version = __version__

    def __init__(self, tree: ast.AST, filename: str, lines: list[str]) -> None:
        self.filename = filename
        self.lines = lines

    def run(self) -> Iterator[tuple[int, int, str, type]]:
        """``(line, 0-based column, "CODE message", type)`` for each finding."""
        try:
            settings = _settings()
        except config.ConfigError as exc:
            yield 1, 0, f'{UNCHECKED} file not checked: {exc}', type(self)
            return
        if settings.scope.excludes(self.filename):
            return
        ignored = settings.scope.ignores(self.filename)
        found = check_source(self.filename, _source(self.lines), settings.options)
        for f in sorted(found, key=lambda f: (f.line, f.column, f.code)):
            if (settings.enabled is None or f.code in settings.enabled) and f.code not in ignored:
                yield f.line, f.column - 1, f'{f.code} {f.message}', type(self)
