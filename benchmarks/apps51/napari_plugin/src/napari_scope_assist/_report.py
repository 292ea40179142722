"""Generate a draft 'Image acquisition and analysis' methods paragraph.

Written for the core facility, which uses Azure OpenAI under its institutional
contract, so it builds its own client instead of using _llm.clients.
"""
from __future__ import annotations

import json
import os

from openai import AzureOpenAI

from ._image_utils import layer_summary

_AZURE_DEPLOYMENT = os.environ.get("SCOPE_ASSIST_AZURE_DEPLOYMENT", "gpt-4o-facility")


def _azure_client() -> AzureOpenAI:
    return AzureOpenAI(
        api_key=os.environ.get("AZURE_OPENAI_API_KEY"),
        api_version="2024-10-21",
        azure_endpoint=os.environ.get("AZURE_OPENAI_ENDPOINT", "https://core-facility.openai.azure.com"),
    )


def methods_paragraph(viewer, instrument: str = "", objective: str = "") -> str:
    summaries = [layer_summary(l) for l in viewer.layers]
    captions = {l.name: l.metadata.get("caption", "") for l in viewer.layers}
    prompt = (
        "Draft a concise methods paragraph describing acquisition and analysis.\n"
        f"Instrument: {instrument or 'unknown'}; objective: {objective or 'unknown'}.\n"
        f"Layers: {json.dumps(summaries)}\nCaptions: {json.dumps(captions)}"
    )
    client = _azure_client()
    completion = client.chat.completions.create(
        model=_AZURE_DEPLOYMENT,
        messages=[{"role": "user", "content": prompt}],
        temperature=0.3,
    )
    return completion.choices[0].message.content


def save_report(text: str, path: str) -> None:
    with open(path, "w") as fh:
        fh.write(text)
