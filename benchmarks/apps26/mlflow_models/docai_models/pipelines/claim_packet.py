"""Claim packet pipeline: split a multi-document packet, extract each part, link entities.

Shared by the `document_extractor` batch job and the SIU bulk review notebook. Takes a
ProviderRegistry so callers decide which vendors are configured.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

import numpy as np

from docai_models.providers import EMBED_MODEL, ProviderRegistry, bedrock_model_id
from docai_models.utils.io import parse_json_loose

log = logging.getLogger(__name__)

PAGE_BREAK = re.compile(r"\n-{3,}\s*page\s+\d+\s*-{3,}\n", re.I)


@dataclass
class PacketPart:
    index: int
    text: str
    doc_type: str | None = None
    fields: dict = field(default_factory=dict)


def split_packet(text: str) -> list[PacketPart]:
    pieces = [p.strip() for p in PAGE_BREAK.split(text) if p.strip()]
    return [PacketPart(i, p) for i, p in enumerate(pieces)]


def _cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b) + 1e-9))


def group_pages(registry: ProviderRegistry, parts: list[PacketPart], threshold: float = 0.82) -> list[list[PacketPart]]:
    """Consecutive pages with similar embeddings belong to the same document."""
    if len(parts) < 2:
        return [parts]
    resp = registry.get("cohere").embed(
        texts=[p.text[:2000] for p in parts],
        model=EMBED_MODEL,
        input_type="clustering",
        embedding_types=["float"],
    )
    vecs = [np.asarray(v) for v in resp.embeddings.float_]
    groups, current = [], [parts[0]]
    for prev, (part, vec) in zip(vecs, zip(parts[1:], vecs[1:])):
        if _cosine(prev, vec) >= threshold:
            current.append(part)
        else:
            groups.append(current)
            current = [part]
    groups.append(current)
    return groups


def label_group(registry: ProviderRegistry, group: list[PacketPart]) -> str:
    text = "\n\n".join(p.text for p in group)[:8000]
    msg = registry.get("anthropic").messages.create(
        model=bedrock_model_id("claude-3-5-haiku"),
        max_tokens=10,
        messages=[{
            "role": "user",
            "content": "Document type? One of: invoice, police_report, acord_form, medical_bill, photo_log, other.\n\n" + text,
        }],
    )
    return msg.content[0].text.strip().lower()


def extract_entities(registry: ProviderRegistry, group: list[PacketPart], doc_type: str) -> dict:
    llm = registry.get("watsonx")
    resp = llm.chat(
        messages=[{
            "role": "user",
            "content": f"Extract people, vehicles, addresses and amounts from this {doc_type} as JSON:\n"
            + "\n".join(p.text for p in group)[:12000],
        }]
    )
    return parse_json_loose(resp["choices"][0]["message"]["content"])


def process_packet(registry: ProviderRegistry, text: str) -> list[dict]:
    parts = split_packet(text)
    out = []
    for group in group_pages(registry, parts):
        doc_type = label_group(registry, group)
        entities = extract_entities(registry, group, doc_type) if "watsonx" in registry else {}
        out.append({"pages": [p.index for p in group], "doc_type": doc_type, "entities": entities})
    return out
