"""Provider-specific helpers used by several blocks.

Most functions take the client as an argument so tests can pass fakes.
"""
import json
import logging
from typing import Dict, List, Optional

from anthropic import Anthropic
import litellm
from openai import OpenAI

from mage_pipeline.utils.prompts import (
    build_classification_messages,
    build_summary_prompt,
    coerce_category,
    parse_json_reply,
)

logger = logging.getLogger(__name__)

DEFAULT_CLASSIFIER_MODEL = 'gpt-4o-mini'
DEFAULT_SUMMARY_MODEL = 'claude-3-5-sonnet-20241022'


def classify_ticket(client: OpenAI, subject: str, body: str,
                    model: str = DEFAULT_CLASSIFIER_MODEL) -> Dict[str, object]:
    completion = client.chat.completions.create(
        model=model,
        messages=build_classification_messages(subject, body),
        response_format={'type': 'json_object'},
        temperature=0,
        max_tokens=200,
    )
    payload = parse_json_reply(
        completion.choices[0].message.content,
        default={'category': 'other', 'confidence': 0.0, 'reason': 'unparseable'},
    )
    payload['category'] = coerce_category(payload.get('category'))
    payload['model'] = completion.model
    return payload


def summarize_thread(client: Anthropic, thread: str,
                     model: str = DEFAULT_SUMMARY_MODEL, max_sentences: int = 4) -> str:
    message = client.messages.create(
        model=model,
        max_tokens=400,
        system='You write concise internal summaries of customer support threads.',
        messages=[{'role': 'user', 'content': build_summary_prompt(thread, max_sentences)}],
    )
    return ''.join(block.text for block in message.content if block.type == 'text').strip()


def stream_summary(client: Anthropic, thread: str, model: str = DEFAULT_SUMMARY_MODEL) -> str:
    """Streaming variant; used for very long threads where we hit read timeouts."""
    chunks: List[str] = []
    with client.messages.stream(
        model=model,
        max_tokens=800,
        messages=[{'role': 'user', 'content': build_summary_prompt(thread, 6)}],
    ) as stream:
        for text in stream.text_stream:
            chunks.append(text)
    return ''.join(chunks).strip()


def extract_tool_args(client: OpenAI, text: str, schema: dict,
                      model: str = DEFAULT_CLASSIFIER_MODEL) -> Optional[dict]:
    tools = [{'type': 'function', 'function': {'name': 'record', 'parameters': schema}}]
    resp = client.chat.completions.create(
        model=model,
        messages=[{'role': 'user', 'content': text}],
        tools=tools,
        tool_choice={'type': 'function', 'function': {'name': 'record'}},
    )
    calls = resp.choices[0].message.tool_calls or []
    if not calls:
        return None
    return json.loads(calls[0].function.arguments)


def classify_with_cohere(co, subject: str, body: str, model: str = 'command-r-plus') -> Dict[str, object]:
    """Fallback classifier used when OpenAI is degraded (status page incident)."""
    messages = build_classification_messages(subject, body)
    resp = co.chat(
        model=model,
        messages=messages,
        response_format={'type': 'json_object'},
        temperature=0,
    )
    payload = parse_json_reply(
        resp.message.content[0].text,
        default={'category': 'other', 'confidence': 0.0, 'reason': 'unparseable'},
    )
    payload['category'] = coerce_category(payload.get('category'))
    payload['model'] = model
    return payload


def quick_label(text: str, labels: List[str], model: str = 'groq/llama-3.1-8b-instant') -> str:
    """Cheap zero-shot labelling for ad-hoc tags (product area etc.)."""
    resp = litellm.completion(
        model=model,
        messages=[{'role': 'user', 'content': f'Pick one of {labels} for: {text[:2000]}. Answer with the label.'}],
        max_tokens=10,
        temperature=0,
    )
    answer = (resp.choices[0].message.content or '').strip()
    return answer if answer in labels else labels[-1]
