"""checker.decoded_lines: a file's lines as the parser decodes them, tokenize only when needed."""
from __future__ import annotations

import io
import re
import subprocess
import sys
import tokenize

import pytest

from check_llm_usage import checker


def tokenized_lines(data: bytes) -> list[str]:
    """The lines as tokenize's encoding and the three line breaks give them (the reference)."""
    try:
        encoding = tokenize.detect_encoding(io.BytesIO(data).readline)[0]
    except SyntaxError:
        encoding = 'utf-8'
    return re.split(r'\r\n|\r|\n', data.decode(encoding, errors='replace'))


SOURCES = [
    pytest.param(b'', id='empty'),
    pytest.param(b'x = 1\n', id='ascii'),
    pytest.param(b'x = "\xc3\xa9"\r\ny = 2\rz = 3\n', id='utf-8-mixed-line-breaks'),
    pytest.param(b'\r\r\n\n\r', id='only-line-breaks'),
    pytest.param(b'x = 1\f\v\x1c\x1d\x1e\xc2\x85\xe2\x80\xa8\xe2\x80\xa9y\n', id='what-splitlines-also-splits-at'),
    pytest.param(b'x = "\xe9"\n', id='latin-1-byte-without-a-cookie'),
    pytest.param(b'# -*- coding: latin-1 -*-\nx = "\xe9"\n', id='cookie-on-line-1'),
    pytest.param(b'#!/usr/bin/env python\n# coding=cp1252\nx = "\x80"\n', id='cookie-on-line-2'),
    pytest.param(b'import os\n# coding: latin-1\nx = "\xe9"\n', id='cookie-after-code-is-none'),
    pytest.param(b'# a\n# b\n# coding: latin-1\nx = "\xe9"\n', id='cookie-on-line-3-is-none'),
    pytest.param(b'# coding: latin-1\rx = "\xe9"\r', id='cookie-with-carriage-returns'),
    pytest.param(b'# vim: set fileencoding=utf-8 :\nx = "\xc3\xa9"\n', id='vim-cookie'),
    pytest.param(b'# coding: klingon\nx = 1\n', id='unknown-codec'),
    pytest.param(b's = "coding"\nx = "\xe9"\n', id='coding-in-a-string'),
    pytest.param(b'\xef\xbb\xbfx = "\xc3\xa9"\n', id='bom'),
    pytest.param(b'\xef\xbb\xbf# coding: latin-1\nx = 1\n', id='bom-and-another-cookie'),
    pytest.param(b'\xef\xbb\xbf\xe9\n', id='bom-then-invalid-utf-8'),
]


@pytest.mark.parametrize('data', SOURCES)
def test_decoded_lines_are_what_tokenize_and_the_line_breaks_give(data: bytes) -> None:
    assert checker.decoded_lines(data) == tokenized_lines(data)


@pytest.mark.parametrize(('data', 'imported'), [
    pytest.param(b'import litellm\nx = "\xc3\xa9"\n', False, id='no-cookie'),
    pytest.param(b'# coding: latin-1\nx = "\xe9"\n', True, id='cookie'),
    pytest.param(b'\xef\xbb\xbfx = 1\n', True, id='bom'),
])
def test_tokenize_is_imported_only_for_a_cookie_or_a_bom(data: bytes, imported: bool) -> None:
    script = (
        'import sys\n'
        'from check_llm_usage.checker import decoded_lines\n'
        f'decoded_lines({data!r})\n'
        "print('tokenize' in sys.modules)\n"
    )
    out = subprocess.run((sys.executable, '-c', script), capture_output=True, text=True, check=True).stdout
    assert out == f'{imported}\n'
