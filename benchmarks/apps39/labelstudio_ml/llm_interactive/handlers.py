"""Per-control-type handlers for the interactive backend.

Each handler receives the provider callable picked from the registry and
returns Label Studio results.
"""
import functools
import logging
from typing import Callable, Dict, List

from common.parsers import choice_result, entities_to_results, extract_json, match_label, textarea_result
from common.prompts import ner_system_prompt, sentiment_system_prompt

logger = logging.getLogger(__name__)

Handler = Callable[..., List[Dict]]
HANDLERS: Dict[str, Handler] = {}


def handles(control_type: str):
    def deco(fn):
        HANDLERS[control_type] = fn
        return fn

    return deco


@handles("Choices")
def choices_handler(generate, text: str, prompt: str, from_name: str, to_name: str, labels: List[str]) -> List[Dict]:
    system = sentiment_system_prompt(labels) if not prompt else prompt
    raw = generate(text, system, 32)
    label = match_label(raw, labels)
    return [choice_result(label, from_name, to_name)] if label else []


@handles("Labels")
def labels_handler(generate, text: str, prompt: str, from_name: str, to_name: str, labels: List[str]) -> List[Dict]:
    system = ner_system_prompt(labels) + ("\n" + prompt if prompt else "")
    payload = extract_json(generate(text, system, 1024)) or {}
    return entities_to_results(payload.get("entities", []), text, from_name, to_name, labels)


@handles("TextArea")
def textarea_handler(generate, text: str, prompt: str, from_name: str, to_name: str, labels: List[str]) -> List[Dict]:
    answer = generate(text, prompt or "Answer briefly.", 512)
    return [textarea_result(answer, from_name, to_name)] if answer else []


def bind(generate, control_type: str) -> Handler:
    handler = HANDLERS.get(control_type)
    if handler is None:
        raise KeyError(control_type)
    return functools.partial(handler, generate)
