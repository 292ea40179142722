"""Parsing a file's bytes safely, on every supported Python."""
from __future__ import annotations

import ast
import sys
import warnings

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
# where a piece may start: a top-level ``def``, ``class`` or decorator (not one after a decorator)
_PIECE_STARTS = (b'def ', b'class ', b'async ', b'@')


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
    one of the whole file.  The caller parses the whole file when this gives up (at most
    twice the work), and a file declaring its encoding in a cookie is parsed whole.
    """
    lines = data.splitlines(keepends=True)
    if any(b'coding' in line for line in lines[:2]):
        return None
    size = max(_PIECE_BYTES, len(data) // _PIECES)
    body: list[ast.stmt] = []
    start = offset = first = 0
    decorated = False  # the line before (blank lines and comments apart) is a decorator's
    for number, line in enumerate(lines):
        if offset - start >= size and line.startswith(_PIECE_STARTS) and not decorated:
            try:
                body += ast.parse(b'\n' * first + data[start:offset], filename=path).body
            except PARSE_ERRORS:
                return None
            start, first = offset, number
        offset += len(line)
        if line.strip() and not line.lstrip().startswith(b'#'):
            decorated = line.startswith((b'@', b')'))
    try:
        body += ast.parse(b'\n' * first + data[start:], filename=path).body
    except PARSE_ERRORS:
        return None
    return ast.Module(body=body, type_ignores=[])


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
