"""Notebook helpers (nbformat based, no kernels involved)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Iterator, List

import nbformat


@dataclass
class Chunk:
    path: str
    cell_index: int
    text: str


def cells_to_text(cells: List[dict], include_outputs: bool = True) -> str:
    parts = []
    for i, cell in enumerate(cells):
        src = cell.get("source", "")
        if isinstance(src, list):
            src = "".join(src)
        parts.append(f"# [{i}] {cell.get('cell_type', 'code')}\n{src}")
        if include_outputs:
            for out in cell.get("outputs", []):
                if out.get("output_type") == "stream":
                    parts.append("".join(out.get("text", "")))
    return "\n\n".join(parts)


def iter_notebook_chunks(root: str, max_chars: int = 1500) -> Iterator[Chunk]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for fn in filenames:
            if not fn.endswith(".ipynb"):
                continue
            path = os.path.join(dirpath, fn)
            try:
                nb = nbformat.read(path, as_version=4)
            except Exception:  # noqa: BLE001 - corrupt notebooks are skipped
                continue
            for i, cell in enumerate(nb.cells):
                if cell.source.strip():
                    yield Chunk(os.path.relpath(path, root), i, cell.source[:max_chars])


def new_answer_notebook(question: str, answer: str) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.cells.append(nbformat.v4.new_markdown_cell(f"**Q:** {question}"))
    nb.cells.append(nbformat.v4.new_markdown_cell(answer))
    return nb
