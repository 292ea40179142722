#!/usr/bin/env python3
"""Translate the frontend's en.json catalog so the i18n suites have expected values.

    python scripts/translate_catalog.py web/locales/en.json de fr es
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from resources import get_mistral_client, settings  # noqa: E402
from resources.prompts import TRANSLATE_SYSTEM  # noqa: E402

BATCH = 40


def translate_batch(items: dict[str, str], lang: str) -> dict[str, str]:
    mistral = get_mistral_client()
    chunks = []
    stream = mistral.chat.stream(
        model=settings.mistral_model,
        messages=[
            {"role": "system", "content": TRANSLATE_SYSTEM + " Return a JSON object with the same keys."},
            {"role": "user", "content": f"Language: {lang}\n{json.dumps(items, ensure_ascii=False)}"},
        ],
        response_format={"type": "json_object"},
    )
    for event in stream:
        delta = event.data.choices[0].delta.content
        if delta:
            chunks.append(delta)
    return json.loads("".join(chunks))


def main(argv: list[str]) -> int:
    source = Path(argv[0])
    catalog = json.loads(source.read_text())
    for lang in argv[1:]:
        out: dict[str, str] = {}
        keys = list(catalog)
        for i in range(0, len(keys), BATCH):
            batch = {k: catalog[k] for k in keys[i : i + BATCH]}
            out.update(translate_batch(batch, lang))
        target = source.with_name(f"{lang}.expected.json")
        target.write_text(json.dumps(out, indent=2, ensure_ascii=False))
        print(f"{lang}: {len(out)} strings -> {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
