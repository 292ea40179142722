"""Turn model output into Label Studio result dicts."""
import json
import logging
import re
from typing import Dict, List, Optional, Sequence

logger = logging.getLogger(__name__)

_JSON_BLOCK = re.compile(r"```(?:json)?\s*(\{.*?\})\s*```", re.S)


def extract_json(text: str) -> Optional[dict]:
    if not text:
        return None
    m = _JSON_BLOCK.search(text)
    candidate = m.group(1) if m else text[text.find("{"): text.rfind("}") + 1]
    try:
        return json.loads(candidate)
    except (ValueError, TypeError):
        logger.debug("unparseable model output: %r", text[:200])
        return None


def match_label(raw: str, labels: Sequence[str]) -> Optional[str]:
    raw = (raw or "").strip().strip(".").lower()
    for label in labels:
        if label.lower() == raw:
            return label
    for label in labels:
        if label.lower() in raw:
            return label
    return None


def entities_to_results(
    entities: List[dict], text: str, from_name: str, to_name: str, labels: Sequence[str]
) -> List[Dict]:
    results = []
    for ent in entities or []:
        label = match_label(ent.get("label", ""), labels)
        if not label:
            continue
        start, end = ent.get("start"), ent.get("end")
        span = ent.get("text", "")
        if start is None or text[start:end] != span:
            start = text.find(span)
            if start < 0:
                continue
            end = start + len(span)
        results.append(
            {
                "from_name": from_name,
                "to_name": to_name,
                "type": "labels",
                "value": {"start": start, "end": end, "text": span, "labels": [label]},
            }
        )
    return results


def choice_result(label: str, from_name: str, to_name: str, score: Optional[float] = None) -> Dict:
    out = {"from_name": from_name, "to_name": to_name, "type": "choices", "value": {"choices": [label]}}
    if score is not None:
        out["score"] = score
    return out


def textarea_result(text: str, from_name: str, to_name: str) -> Dict:
    return {"from_name": from_name, "to_name": to_name, "type": "textarea", "value": {"text": [text.strip()]}}
