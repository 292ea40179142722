"""Field translation.  DeepSeek is cheap and good enough for this."""
from __future__ import annotations

import concurrent.futures
from typing import Dict, List

from ..core import CLIENTS, prompts
from ..core.config import get


def translate(text: str, language: str = "") -> str:
    language = language or get("target_language", "English")
    ds = CLIENTS["deepseek"]
    out = ds.chat.completions.create(
        model=get("deepseek_model", "deepseek-chat"),
        messages=[{"role": "user", "content": prompts.TRANSLATE_FIELD.format(language=language, text=text)}],
        temperature=0,
    )
    return out.choices[0].message.content.strip()


def translate_fields(fields: Dict[str, str], names: List[str], language: str = "") -> Dict[str, str]:
    language = language or get("target_language", "English")
    client = CLIENTS["deepseek"]
    model = get("deepseek_model", "deepseek-chat")
    results: Dict[str, str] = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        futures = {
            pool.submit(
                client.chat.completions.create,
                model=model,
                messages=[
                    {
                        "role": "user",
                        "content": prompts.TRANSLATE_FIELD.format(language=language, text=fields[n]),
                    }
                ],
            ): n
            for n in names
            if fields.get(n)
        }
        for fut in concurrent.futures.as_completed(futures):
            results[futures[fut]] = fut.result().choices[0].message.content.strip()
    return results


def detect_language(text: str) -> str:
    # cheap heuristic first; the model is only asked when unsure
    if all(ord(c) < 128 for c in text):
        return "English"
    return translate(f"Name the language of this text in one word: {text}", "English")
