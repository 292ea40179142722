"""Document labels along several axes, one node per axis via @parameterize."""
from __future__ import annotations

import logging

import pandas as pd
from google import genai
from google.genai import types
from hamilton.function_modifiers import parameterize, source, value

from enrichment import prompts

logger = logging.getLogger(__name__)

AXES = {
    "topic": ["engineering", "finance", "legal", "marketing", "hr", "other"],
    "audience": ["internal", "customer", "partner", "public"],
    "sensitivity": ["public", "internal", "confidential", "restricted"],
}


def _label(client: genai.Client, model: str, axis: str, labels: list[str], text: str) -> str:
    resp = client.models.generate_content(
        model=model,
        contents=prompts.CLASSIFY_TEMPLATE.format(axis=axis, labels=", ".join(labels), text=text[:12_000]),
        config=types.GenerateContentConfig(temperature=0.0, max_output_tokens=8),
    )
    answer = (resp.text or "").strip().lower()
    return answer if answer in labels else "other" if "other" in labels else labels[0]


@parameterize(
    **{
        f"{axis}_label": dict(axis=value(axis), labels=value(labels), client=source("genai_client"))
        for axis, labels in AXES.items()
    }
)
def axis_label(
    documents: pd.DataFrame,
    axis: str,
    labels: list[str],
    client: genai.Client,
    classifier_model: str = "gemini-2.0-flash",
) -> pd.Series:
    """Label per document for one axis."""
    return pd.Series(
        {
            doc_id: _label(client, classifier_model, axis, labels, body)
            for doc_id, body in zip(documents["doc_id"], documents["body"])
        }
    )


def classifier_prompt_tokens(documents: pd.DataFrame, genai_client: genai.Client, classifier_model: str = "gemini-2.0-flash") -> int:
    """Pre-flight estimate shown in the run log; does not generate anything."""
    sample = "\n".join(documents["body"].head(20).tolist())
    return genai_client.models.count_tokens(model=classifier_model, contents=sample).total_tokens


def labels_frame(topic_label: pd.Series, audience_label: pd.Series, sensitivity_label: pd.Series) -> pd.DataFrame:
    return pd.DataFrame({"topic": topic_label, "audience": audience_label, "sensitivity": sensitivity_label})
