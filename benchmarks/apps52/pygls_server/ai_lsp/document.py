"""Helpers to pull prefix/suffix/selection text out of a workspace document."""
from __future__ import annotations

import ast
import re
from dataclasses import dataclass

from lsprotocol import types

from ai_lsp.constants import MAX_PREFIX_CHARS, MAX_SUFFIX_CHARS


@dataclass
class CursorContext:
    prefix: str
    suffix: str
    line_prefix: str
    language: str


def offset_at(lines: list[str], position: types.Position) -> int:
    return sum(len(line) for line in lines[: position.line]) + position.character


def cursor_context(document, position: types.Position) -> CursorContext:
    lines = document.lines
    source = document.source
    offset = offset_at(lines, position)
    prefix = source[max(0, offset - MAX_PREFIX_CHARS) : offset]
    suffix = source[offset : offset + MAX_SUFFIX_CHARS]
    line_prefix = lines[position.line][: position.character] if position.line < len(lines) else ""
    return CursorContext(prefix, suffix, line_prefix, document.language_id or "plaintext")


def text_in_range(document, rng: types.Range) -> str:
    lines = document.lines
    start = offset_at(lines, rng.start)
    end = offset_at(lines, rng.end)
    return document.source[start:end]


_DEF_RE = re.compile(r"^(\s*)(async\s+def|def|class)\s+(\w+)")


@dataclass
class FunctionInfo:
    name: str
    signature: str
    body: str
    def_line: int
    indent: str
    has_docstring: bool


def function_at(document, line: int) -> FunctionInfo | None:
    """Find the innermost Python function containing ``line`` (0-based)."""
    try:
        tree = ast.parse(document.source)
    except SyntaxError:
        return None
    best = None
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            end = getattr(node, "end_lineno", node.lineno)
            if node.lineno - 1 <= line <= end - 1:
                if best is None or node.lineno > best.lineno:
                    best = node
    if best is None:
        return None
    lines = document.source.splitlines()
    def_line = best.lineno - 1
    match = _DEF_RE.match(lines[def_line])
    indent = (match.group(1) if match else "") + "    "
    body_start = best.body[0].lineno - 1
    signature = "\n".join(lines[def_line:body_start])
    body = "\n".join(lines[body_start : best.end_lineno])
    return FunctionInfo(
        name=best.name,
        signature=signature,
        body=body,
        def_line=def_line,
        indent=indent,
        has_docstring=ast.get_docstring(best) is not None,
    )


def word_at(document, position: types.Position) -> str:
    line = document.lines[position.line] if position.line < len(document.lines) else ""
    start = end = position.character
    while start > 0 and (line[start - 1].isalnum() or line[start - 1] == "_"):
        start -= 1
    while end < len(line) and (line[end].isalnum() or line[end] == "_"):
        end += 1
    return line[start:end]
