"""A large file is parsed in pieces: the tree must be the one ``ast.parse`` gives the whole file."""
from __future__ import annotations

import ast
from collections.abc import Callable

import pytest

from check_llm_usage import parsing
from check_llm_usage.parsing import PARSE_ERRORS
from check_llm_usage.parsing import parse

# top-level functions enough to fill several pieces
FUNCTIONS = b''.join(b'def f%d(a, b=1):\n    """Doc."""\n    return a + b * %d\n\n' % (i, i) for i in range(3_000))
# a first line long enough that the next line a piece may start at is the first cut
LONG_LINE = b'y = 0  # ' + b'x' * 70_000 + b'\n'


def dumped(parser: Callable[[bytes, str], ast.Module], data: bytes) -> str:
    """The tree ``parser`` gives, positions included, or the error it raises."""
    try:
        return ast.dump(parser(data, '<test>'), include_attributes=True)
    except PARSE_ERRORS as exc:
        return f'{type(exc).__name__}: {exc}'


CASES = [
    # (what, source, whether the pieces can be used)
    ('plain functions', FUNCTIONS, True),
    ('a call after them', b'import openai\n' + FUNCTIONS + b'client = openai.OpenAI()\nclient.chat.completions.create()\n', True),
    ('decorated functions', FUNCTIONS.replace(b'def ', b'@app.get(\n    "/x",\n)\n@cache\nasync def '), True),
    ('CR line endings', FUNCTIONS.replace(b'\n', b'\r'), True),
    ('CRLF line endings', FUNCTIONS.replace(b'\n', b'\r\n'), True),
    ('UTF-8 BOM and non-ASCII names', b'\xef\xbb\xbf' + FUNCTIONS.replace(b'def f', b'def caf\xc3\xa9_'), True),
    ('classes after else branches at the top', FUNCTIONS.replace(b'def ', b'if x:\n    pass\n\nelse:\n    pass\n\nclass C'), True),
    # a cut would fall in a string or in brackets, or between a decorator and its def: parsed whole
    ('functions inside a string', b's = """\n' + FUNCTIONS + b'"""\n', False),
    ('a matrix product in brackets', LONG_LINE + b'x = (a\n\n@ b)\n' + FUNCTIONS, False),
    ('a function in a string', LONG_LINE + b's = \'\'\'\n\ndef f():\n    pass\n\'\'\'\n' + FUNCTIONS, False),
    ('a decorator at the first cut', LONG_LINE + b'@decorator\n' + FUNCTIONS, True),
    ('an async comprehension in brackets', LONG_LINE + b'x = [y\n\nasync for y in z]\n' + FUNCTIONS, False),
    ('a decorator, a blank line, its function', (LONG_LINE + b'@decorator\n\ndef f():\n    pass\n') * 3, False),
    # errors: reported where the whole file's parse reports them
    ('a syntax error in the last piece', FUNCTIONS + b'def g(:\n', False),
    ('a syntax error in the first piece', b'def g(:\n' + FUNCTIONS, False),
    ('an unclosed bracket at the end', FUNCTIONS + b'x = (\n', False),
    ('a NUL byte', FUNCTIONS + b'\x00\n', False),
    ('invalid UTF-8 in a later piece', FUNCTIONS + b'x = "\xff"\n', False),
]


@pytest.mark.parametrize(('source', 'in_pieces'), [pytest.param(s, p, id=w) for w, s, p in CASES])
def test_the_tree_is_the_whole_files(source: bytes, in_pieces: bool) -> None:
    assert len(source) >= 2 * parsing._PIECE_BYTES
    assert dumped(parse, source) == dumped(ast.parse, source)
    assert (parsing._parse_in_pieces(source, '<test>') is not None) is in_pieces


def test_a_coding_cookie_parses_the_whole_file() -> None:
    # a later piece alone would be read as UTF-8: b'\xc3\xa9' is one character there, two here
    source = b'# -*- coding: latin-1 -*-\n' + FUNCTIONS + b'x = "\xc3\xa9"\n'
    assert parsing._parse_in_pieces(source, '<test>') is None
    assert parse(source, '<test>').body[-1].value.value == '\xc3\xa9'  # type: ignore[attr-defined]


def test_pieces_are_numbered_by_their_lines() -> None:
    tree = parse(FUNCTIONS + b'\n\nlast = f1(2)\n', '<test>')
    last = tree.body[-1]
    assert (last.lineno, last.col_offset, last.end_lineno, last.end_col_offset) == (12_003, 0, 12_003, 12)
    assert (tree.body[2_900].lineno, tree.body[2_900].name) == (11_601, 'f2900')  # type: ignore[attr-defined]


def test_the_blank_lines_put_before_pieces_stay_fewer_than_the_files_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    # a file of blank lines: each piece would be numbered by more lines than it has bytes
    source = (b'\n' * 1000 + b'def f(): pass\n') * 200
    parsed: list[int] = []
    real_parse = ast.parse
    monkeypatch.setattr(ast, 'parse', lambda text, *args, **kwargs: parsed.append(len(text)) or real_parse(text, *args, **kwargs))
    tree = parsing._parse_in_pieces(source, '<test>')
    assert tree is not None and len(tree.body) == 200 and tree.body[-1].lineno == 200_200
    assert len(parsed) > 1  # it is parsed in pieces
    assert sum(parsed) <= 2 * len(source)
