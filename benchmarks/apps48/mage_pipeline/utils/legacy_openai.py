"""LEGACY: hand-rolled HTTP client from before we used the SDKs.

Still imported by scripts/backfill_summaries.py and the evaluate_classifier
block. Do not add new callers.
"""
import os
import time
from typing import Dict, List, Optional

import httpx
import requests

OPENAI_URL = 'https://api.openai.com/v1/chat/completions'
ANTHROPIC_URL = 'https://api.anthropic.com/v1/messages'

_session = requests.Session()


def _headers() -> Dict[str, str]:
    return {
        'Authorization': f"Bearer {os.environ['OPENAI_API_KEY']}",
        'Content-Type': 'application/json',
    }


def chat(messages: List[Dict[str, str]], model: str = 'gpt-3.5-turbo',
         temperature: float = 0.2, timeout: int = 60) -> str:
    for attempt in range(3):
        resp = _session.post(
            OPENAI_URL,
            headers=_headers(),
            json={'model': model, 'messages': messages, 'temperature': temperature},
            timeout=timeout,
        )
        if resp.status_code == 429:
            time.sleep(2 ** attempt)
            continue
        resp.raise_for_status()
        return resp.json()['choices'][0]['message']['content']
    raise RuntimeError('openai rate limited 3 times')


def claude(prompt: str, model: str = 'claude-3-haiku-20240307', max_tokens: int = 512,
           api_key: Optional[str] = None) -> str:
    resp = requests.post(
        ANTHROPIC_URL,
        headers={
            'x-api-key': api_key or os.environ['ANTHROPIC_API_KEY'],
            'anthropic-version': '2023-06-01',
            'content-type': 'application/json',
        },
        json={
            'model': model,
            'max_tokens': max_tokens,
            'messages': [{'role': 'user', 'content': prompt}],
        },
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()['content'][0]['text']


def embed(texts: List[str], model: str = 'text-embedding-ada-002') -> List[List[float]]:
    with httpx.Client(timeout=60) as client:
        resp = client.post(
            'https://api.openai.com/v1/embeddings',
            headers=_headers(),
            json={'model': model, 'input': texts},
        )
    resp.raise_for_status()
    return [row['embedding'] for row in resp.json()['data']]


def fetch_ticket_html(url: str) -> str:
    # not an LLM call; used to pull rendered help-center pages
    return _session.get(url, timeout=20).text
