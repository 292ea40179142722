"""Parsing of ``%magic`` lines at the top of a cell.

A cell may start with any number of line magics; the rest of the cell is the
prompt.  ``%%cellmagic`` applies to the whole cell body.
"""
from __future__ import annotations

import shlex
from dataclasses import dataclass, field

LINE_MAGICS = {
    "provider": "Switch provider: %provider anthropic [model]",
    "model": "Switch model for current provider: %model gpt-4o",
    "system": "Set system prompt: %system You are a pirate",
    "temperature": "Set sampling temperature: %temperature 0.7",
    "reset": "Forget the conversation history",
    "history": "Show the conversation history",
    "explain": "Explain the code cell with the given execution count (or the cell body)",
    "summarize": "Summarise the output of the previous cell",
    "search": "Semantic search over earlier cells: %search pandas groupby",
    "index": "Embed all history cells for %search",
    "image": "Generate an image: %image a cat in a spacesuit",
    "tldr": "One-line summary of the conversation so far",
    "usage": "Show token usage for this session",
    "stream": "Toggle streaming: %stream on|off",
    "ask": "Route through the tracked multi-model service",
}

CELL_MAGICS = {
    "explain": "Explain the code in this cell",
    "review": "Code review of the cell body",
    "compare": "Send the prompt to several providers: %%compare openai anthropic",
}


@dataclass
class Magic:
    name: str
    args: list[str] = field(default_factory=list)
    is_cell: bool = False

    @property
    def arg_string(self) -> str:
        return " ".join(self.args)


@dataclass
class ParsedCell:
    magics: list[Magic]
    body: str

    @property
    def cell_magic(self) -> Magic | None:
        for m in self.magics:
            if m.is_cell:
                return m
        return None


class MagicSyntaxError(ValueError):
    pass


def _split(rest: str) -> list[str]:
    try:
        return shlex.split(rest)
    except ValueError:
        return rest.split()


def parse_cell(code: str) -> ParsedCell:
    magics: list[Magic] = []
    lines = code.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if not line:
            i += 1
            continue
        if line.startswith("%%"):
            name, _, rest = line[2:].partition(" ")
            if name not in CELL_MAGICS:
                raise MagicSyntaxError(f"unknown cell magic %%{name}")
            magics.append(Magic(name, _split(rest), is_cell=True))
            i += 1
            break
        if line.startswith("%"):
            name, _, rest = line[1:].partition(" ")
            if name not in LINE_MAGICS:
                raise MagicSyntaxError(f"unknown magic %{name}")
            # system prompt keeps its raw text, everything else is shell-split
            args = [rest] if name == "system" else _split(rest)
            magics.append(Magic(name, args))
            i += 1
            continue
        break
    return ParsedCell(magics, "\n".join(lines[i:]).strip())


def magic_help() -> str:
    out = ["Line magics:"]
    out += [f"  %{k:<12} {v}" for k, v in LINE_MAGICS.items()]
    out.append("Cell magics:")
    out += [f"  %%{k:<11} {v}" for k, v in CELL_MAGICS.items()]
    return "\n".join(out)
