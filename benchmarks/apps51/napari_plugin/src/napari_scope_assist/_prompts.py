"""Prompt templates. Keep these short: vision tokens are expensive."""
from __future__ import annotations

import json

CAPTION_SYSTEM = (
    "You are an expert microscopist. Describe fluorescence and brightfield "
    "microscopy images precisely and concisely. Mention likely stain, "
    "structures visible, approximate cell count and image quality issues."
)

QA_SYSTEM = (
    "You answer questions about layers loaded in the napari image viewer. "
    "You receive a JSON summary of the layers and optionally an image of the "
    "current view. If you are not sure, say so."
)

SEGMENT_SYSTEM = (
    "You suggest parameters for classical segmentation pipelines "
    "(gaussian sigma, threshold method, min object size, watershed footprint). "
    "Reply ONLY with a JSON object with keys: sigma, threshold_method, "
    "min_size, footprint, rationale."
)


def caption_prompt(layer_name: str, style: str = "short") -> str:
    if style == "short":
        return f"Write a one-sentence caption for the microscopy image '{layer_name}'."
    if style == "figure":
        return (
            f"Write a figure legend (3-4 sentences) for the microscopy image '{layer_name}', "
            "suitable for a methods section."
        )
    return f"Describe the microscopy image '{layer_name}' in detail."


def qa_prompt(question: str, summaries: list[dict]) -> str:
    return f"Layers:\n{json.dumps(summaries, indent=1)}\n\nQuestion: {question}"


def segment_prompt(summary: dict, target: str) -> str:
    return (
        f"Image statistics:\n{json.dumps(summary, indent=1)}\n"
        f"Target structures: {target}.\nSuggest segmentation parameters."
    )


def parse_json_reply(text: str) -> dict:
    text = text.strip()
    if text.startswith("```"):
        text = text.strip("`")
        if text.startswith("json"):
            text = text[4:]
    start, end = text.find("{"), text.rfind("}")
    if start == -1 or end == -1:
        raise ValueError(f"no JSON object in reply: {text[:80]!r}")
    return json.loads(text[start : end + 1])
