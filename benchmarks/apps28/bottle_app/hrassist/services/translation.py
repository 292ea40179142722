"""Policy translation via Together (Llama 3.3 70B).

Together exposes an OpenAI compatible API so we just point the OpenAI SDK
at it.  The module keeps its own client for the bulk CLI path; the web
path passes the factory's client in.

Bulk use (takes ~20 minutes for the full handbook)::

    python -m hrassist.services.translation handbook.md --langs fr de
"""

from __future__ import annotations

import argparse
import logging
import os
import re
from pathlib import Path

from openai import OpenAI

from hrassist.prompts import TRANSLATE_TEMPLATE

log = logging.getLogger(__name__)

TOGETHER_MODEL = os.environ.get("TOGETHER_MODEL", "meta-llama/Llama-3.3-70B-Instruct-Turbo")
SUPPORTED = {"fr": "French", "de": "German", "es": "Spanish", "pl": "Polish", "pt": "Portuguese"}

_together = OpenAI(
    api_key=os.environ.get("TOGETHER_API_KEY", ""),
    base_url="https://api.together.xyz/v1",
)

_HEADING = re.compile(r"^(#+|\d+(\.\d+)*)\s", re.M)


def split_sections(text: str, max_chars: int = 5000) -> list[str]:
    sections, current = [], []
    size = 0
    for line in text.splitlines(keepends=True):
        if _HEADING.match(line) and size > max_chars // 2:
            sections.append("".join(current))
            current, size = [], 0
        current.append(line)
        size += len(line)
    if current:
        sections.append("".join(current))
    return sections


def translate_section(text: str, target: str, client=None, model: str = TOGETHER_MODEL) -> str:
    """Translate one section.  ``client`` defaults to the module client."""
    target_name = SUPPORTED.get(target, target)
    if client is None:
        resp = _together.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": TRANSLATE_TEMPLATE.format(target=target_name, text=text)}],
            temperature=0.2,
            max_tokens=4000,
        )
        return resp.choices[0].message.content or ""

    resp = client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": "You are a professional HR translator."},
            {"role": "user", "content": TRANSLATE_TEMPLATE.format(target=target_name, text=text)},
        ],
        temperature=0.2,
        max_tokens=4000,
    )
    return resp.choices[0].message.content or ""


def translate_document(text: str, target: str, client=None) -> str:
    if target not in SUPPORTED:
        raise ValueError(f"unsupported language {target!r}")
    return "".join(translate_section(s, target, client=client) for s in split_sections(text))


def _main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("handbook", type=Path)
    ap.add_argument("--langs", nargs="*", default=sorted(SUPPORTED))
    ap.add_argument("--out-dir", type=Path, default=Path("var/policies"))
    args = ap.parse_args(argv)

    text = args.handbook.read_text(encoding="utf-8")
    for lang in args.langs:
        out = args.out_dir / lang / args.handbook.name
        out.parent.mkdir(parents=True, exist_ok=True)
        log.info("translating into %s -> %s", lang, out)
        out.write_text(translate_document(text, lang), encoding="utf-8")
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    raise SystemExit(_main())
