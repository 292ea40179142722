"""Bits shared by task modules."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from invoke import Exit

from opslib.config import OpsSettings, settings_from_context


def settings(c) -> OpsSettings:
    return settings_from_context(c)


def read_json(path: str):
    p = Path(path)
    if not p.exists():
        raise Exit(f"no such file: {path}", code=2)
    return json.loads(p.read_text())


def write_out(text: str, out: str | None) -> None:
    if out:
        Path(out).write_text(text)
        print(f"wrote {out}", file=sys.stderr)
    else:
        print(text)


def confirm(prompt: str, assume_yes: bool = False) -> bool:
    if assume_yes:
        return True
    answer = input(f"{prompt} [y/N] ").strip().lower()
    return answer in ("y", "yes")
