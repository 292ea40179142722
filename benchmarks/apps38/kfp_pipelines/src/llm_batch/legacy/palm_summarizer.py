"""DEPRECATED: text-bison summariser kept for the 2023 regression baseline.

Only referenced by pipelines/eval_pipeline.py when ``include_palm_baseline``
is set. text-bison is retired in most regions; do not add new callers.
"""

from __future__ import annotations

import warnings

import vertexai
from vertexai.language_models import TextGenerationModel

warnings.warn("palm_summarizer is deprecated", DeprecationWarning, stacklevel=2)


def summarise_palm(project: str, texts: list[str], location: str = "us-central1") -> list[str]:
    vertexai.init(project=project, location=location)
    model = TextGenerationModel.from_pretrained("text-bison@002")
    out = []
    for t in texts:
        resp = model.predict(f"Summarise:\n{t}", temperature=0.2, max_output_tokens=512)
        out.append(resp.text)
    return out
