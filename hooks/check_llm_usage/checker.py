"""Check one file: read its bytes, pre-filter, parse, and turn direct calls into findings."""
from __future__ import annotations

import ast
import io
import os
import re
import stat
import tokenize
from typing import NamedTuple

from check_llm_usage import catalogue
from check_llm_usage.analysis import find_direct_calls
from check_llm_usage.prefilter import could_match

UNCHECKED = 'LLM900'
_PARSE_ERRORS = (SyntaxError, ValueError, RecursionError, MemoryError, UnicodeError, OverflowError)
_NEWLINE = re.compile(r'\r\n|\r|\n')


class Finding(NamedTuple):
    """One reported problem, at a 1-based line and column of ``path`` (as given)."""

    path: str
    line: int
    column: int
    code: str
    message: str
    target: str = ''


class Options(NamedTuple):
    """What a check needs to know beyond the file itself."""

    trackers: tuple[str, ...] = (catalogue.DEFAULT_TRACKER,)
    max_bytes: int = 10 * 1024 * 1024


def read_source(path: str, max_bytes: int) -> bytes:
    """The file's bytes; OSError with a readable reason for anything but a regular file."""
    # O_NONBLOCK: opening a FIFO named x.py must not hang
    fd = os.open(path, os.O_RDONLY | getattr(os, 'O_NONBLOCK', 0))
    with open(fd, 'rb') as f:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise OSError('is a directory')
        if not stat.S_ISREG(mode):
            raise OSError('not a regular file')
        data = f.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise OSError(f'larger than the {max_bytes}-byte limit')
    return data


def message_for(target: str, trackers: tuple[str, ...]) -> str:
    """The text of a direct-call finding."""
    return (
        f'direct {target}() call bypasses LLM usage tracking; use {catalogue.TRACKED_PATH} '
        f'or wrap it in {trackers[0] if trackers else catalogue.DEFAULT_TRACKER}()'
    )


def check_source(path: str, data: bytes, options: Options) -> list[Finding]:
    """Findings for one file's contents (``path`` is only used to name it)."""
    if not could_match(data):
        return []
    try:
        tree = ast.parse(data, filename=path)
    except _PARSE_ERRORS as exc:
        return [_unparsable(path, exc)]
    calls = find_direct_calls(tree, options.trackers)
    if not calls:
        return []
    lines = _decoded_lines(data)
    return [
        Finding(
            path, call.node.lineno, _column(lines, call.node.lineno, call.node.col_offset),
            call.provider.code, message_for(call.target, options.trackers), call.target,
        )
        for call in calls
    ]


def check_path(path: str, options: Options) -> list[Finding]:
    """Findings for one file on disk; problems reading it become an LLM900 finding."""
    try:
        data = read_source(path, options.max_bytes)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return [Finding(path, 1, 1, UNCHECKED, f'file not checked: cannot read it ({reason})')]
    try:
        return check_source(path, data, options)
    except Exception as exc:  # the per-file boundary: one bad file never stops the others
        return [Finding(path, 1, 1, UNCHECKED, f'file not checked: internal error ({type(exc).__name__}: {exc})')]


def _unparsable(path: str, exc: BaseException) -> Finding:
    if isinstance(exc, SyntaxError):
        reason = f'syntax error: {exc.msg}'
        line, column = exc.lineno or 1, (exc.offset or 1)
    elif isinstance(exc, (RecursionError, MemoryError)):
        reason, line, column = 'too deeply nested for the Python parser', 1, 1
    elif isinstance(exc, ValueError) and 'null bytes' in str(exc):
        reason, line, column = 'contains NUL bytes', 1, 1
    else:
        reason, line, column = f'{type(exc).__name__}: {exc}', 1, 1
    reason = ' '.join(reason.split())
    return Finding(path, max(line, 1), max(column, 1), UNCHECKED, f'file not checked: {reason}')


def _decoded_lines(data: bytes) -> list[str]:
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError:
        encoding = 'utf-8'
    return _NEWLINE.split(data.decode(encoding, errors='replace'))


def _column(lines: list[str], lineno: int, col_offset: int) -> int:
    """1-based character column from ast's UTF-8 byte offset."""
    if lineno > len(lines):
        return col_offset + 1
    prefix = lines[lineno - 1].encode('utf-8')[:col_offset]
    return len(prefix.decode('utf-8', errors='replace')) + 1
