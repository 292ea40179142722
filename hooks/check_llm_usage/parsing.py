"""Parsing a file's bytes safely, on every supported Python."""
from __future__ import annotations

import ast
import sys
import warnings

from check_llm_usage.prefilter import cookie_lines

# what ``ast.parse`` raises on input it cannot turn into a tree
PARSE_ERRORS = (SyntaxError, ValueError, RecursionError, MemoryError, UnicodeError, OverflowError)
# operators that build left-nested chains; 20,000 of them keep ast.parse of 3.9/3.10 five
# times below the depth (about 104,000 with an 8 MiB stack) where it crashes
_CHAIN_CHARACTERS = '.([+-*/%@&|^<>'
_NOT_CHAIN = bytes(set(range(256)) - set(_CHAIN_CHARACTERS.encode()))
_MAX_CHAIN = 20_000
_PREFIX = '[A-Za-z]*'  # a string literal's prefix
# a larger file is parsed in pieces of at least this size, at most _PIECES of them: the
# parser's working memory (several times the tree's) then stays that of one piece
_PIECE_BYTES = 64 * 1024
_PIECES = 8
# where a piece may start: a line after a blank one that starts with ``def``, ``class``,
# ``async`` or a decorator (so never a ``def`` right after its decorator)
_PIECE_START = rb'(?:\r\n?|\n)[ \t\f]*(?:\r\n?|\n)(?=(?:def|class|async)[ \t]|@)'


def parse(data: bytes, path: str) -> ast.Module:
    """The syntax tree of a file's bytes (PEP 263 cookies honoured); raises one of PARSE_ERRORS."""
    _refuse_if_too_deep_for_old_parser(data)
    with warnings.catch_warnings():
        # ``"\\d"`` warns while parsing: noise on stderr, and an error under -W error
        warnings.simplefilter('ignore')
        if len(data) >= 2 * _PIECE_BYTES:
            tree = _parse_in_pieces(data, path)
            if tree is not None:
                return tree
        return ast.parse(data, filename=path)


def _parse_in_pieces(data: bytes, path: str) -> ast.Module | None:
    """The tree of ``data`` parsed piece by piece, or None if a piece does not parse alone.

    A piece starts at a line a top-level statement could start.  If every piece parses, each
    cut was at a top-level statement boundary: a piece ending inside a string, brackets, a
    continued line or before its ``def`` (a decorator) is no complete module.  Its lines are
    numbered by the blank lines put before it (columns are unchanged), so the tree is the
    one of the whole file.  Those blank lines stay fewer than the file's bytes (a file of
    blank lines would otherwise make them several times its size), and the caller parses
    the whole file when this gives up: at most three times the bytes are parsed.  A file
    declaring its encoding in a cookie is parsed whole.
    """
    if b'coding' in cookie_lines(data):
        return None
    import re  # here: only a large file needs it (the hook's fast path never does)

    starts = re.compile(_PIECE_START)
    size = max(_PIECE_BYTES, len(data) // _PIECES)
    body: list[ast.stmt] = []
    start = first = padded = 0  # where the piece starts, its first line, the blank lines so far
    while True:
        padded += first
        match = starts.search(data, start + size)
        end = len(data) if match is None else match.end()
        lines = data.count(b'\n', start, end) + data.count(b'\r', start, end) - data.count(b'\r\n', start, end)
        if padded + first + lines > len(data):  # the next piece would need too many blank lines
            end = len(data)
        try:
            body += ast.parse(b'\n' * first + data[start:end], filename=path).body
        except PARSE_ERRORS:
            return None
        if end == len(data):
            return ast.Module(body=body, type_ignores=[])
        start, first = end, first + lines


def _refuse_if_too_deep_for_old_parser(data: bytes) -> None:
    """Raise RecursionError if ``ast.parse`` of Python < 3.11 could overflow the C stack.

    Before 3.11 the conversion of the parser's tree into Python objects recurses without a
    limit; a chain of about 100,000 operators in one statement (``a.b.b...``, ``a+a+...``)
    crashes the interpreter.  Only operator chains nest without bound (brackets stop at 200
    levels, blocks at 100, other rules at the parser's own limit), so counting the operators
    of each logical line (and the characters of f-strings, one token before 3.12) bounds it.
    """
    if sys.version_info >= (3, 11) or len(data.translate(None, _NOT_CHAIN)) <= _MAX_CHAIN:
        return
    import io
    import re
    import tokenize

    prefix = re.compile(_PREFIX)
    count = 0
    try:
        for token in tokenize.tokenize(io.BytesIO(data).readline):
            if token.type in (tokenize.NEWLINE, tokenize.ENDMARKER):
                count = 0
            elif token.type == tokenize.OP:
                count += 1
            elif token.type == tokenize.STRING and 'f' in prefix.match(token.string).group().lower():
                count += len(token.string)
            if count > _MAX_CHAIN:
                raise RecursionError
    except tokenize.TokenError as exc:  # the parser is not safe to ask for its message
        raise SyntaxError(exc.args[0]) from None
