"""Old labeling pipeline (pre-0.6), still used by scripts/backfill_labels.py.

Uses LiteLLM so any model string works. Kept as-is; do not add features here.
"""
import functools
import json
import logging
from concurrent.futures import ThreadPoolExecutor, as_completed

import litellm
from litellm import completion

logger = logging.getLogger(__name__)

litellm.drop_params = True
litellm.num_retries = 3

PROMPT = """Classify the following text into one of: {labels}.
Return JSON like {{"label": "...", "rationale": "..."}}.

Text:
{text}"""


def _parse(content):
    try:
        return json.loads(content)
    except Exception:
        logger.warning("bad json from model: %s", content[:100])
        return {"label": "UNKNOWN", "rationale": content}


def label_text(text, labels, model="gpt-3.5-turbo"):
    resp = completion(
        model=model,
        messages=[{"role": "user", "content": PROMPT.format(labels=", ".join(labels), text=text)}],
        temperature=0,
    )
    return _parse(resp["choices"][0]["message"]["content"])


def label_texts_parallel(texts, labels, model="gpt-3.5-turbo", workers=8):
    results = [None] * len(texts)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {
            pool.submit(
                litellm.completion,
                model=model,
                messages=[{"role": "user", "content": PROMPT.format(labels=", ".join(labels), text=t)}],
                temperature=0,
            ): i
            for i, t in enumerate(texts)
        }
        for fut in as_completed(futures):
            i = futures[fut]
            try:
                results[i] = _parse(fut.result().choices[0].message.content)
            except Exception as exc:  # noqa: BLE001
                logger.error("row %d failed: %s", i, exc)
                results[i] = {"label": "ERROR", "rationale": str(exc)}
    return results


def make_relabeler(model, labels):
    """Return a callable bound to one model; used for second-pass adjudication."""
    ask = functools.partial(litellm.completion, model=model, temperature=0, max_tokens=200)

    def relabel(text, first_label):
        msg = (
            PROMPT.format(labels=", ".join(labels), text=text)
            + f"\nA first annotator said '{first_label}'. Do you agree? Give your own answer."
        )
        resp = ask(messages=[{"role": "user", "content": msg}])
        return _parse(resp.choices[0].message.content)

    return relabel
