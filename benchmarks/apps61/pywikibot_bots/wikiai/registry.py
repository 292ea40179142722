"""Model registry: aliases the bots use -> provider, model id and prices.

Bots take ``-model:<alias>``; they never hard-code provider model ids. The
``complete()`` helper here is the old dispatch path from before
multi_model_service existed. New code should use multi_model_service.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from wikiai.clients import client_for, get_openai_client, get_voyage_client

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ModelSpec:
    alias: str
    provider: str
    model_id: str
    max_output_tokens: int = 1024
    input_per_mtok: float = 0.0
    output_per_mtok: float = 0.0
    supports_json: bool = False


MODEL_REGISTRY: dict[str, ModelSpec] = {
    spec.alias: spec for spec in (
        ModelSpec('gpt-mini', 'openai', 'gpt-4o-mini', 1024, 0.15, 0.60, True),
        ModelSpec('gpt-4o', 'openai', 'gpt-4o', 2048, 2.50, 10.00, True),
        ModelSpec('claude-haiku', 'anthropic', 'claude-3-5-haiku-latest',
                  1024, 0.80, 4.00),
        ModelSpec('claude-sonnet', 'anthropic', 'claude-3-5-sonnet-latest',
                  4096, 3.00, 15.00),
        ModelSpec('mistral-small', 'mistral', 'mistral-small-latest',
                  1024, 0.10, 0.30, True),
        ModelSpec('mistral-large', 'mistral', 'mistral-large-latest',
                  2048, 2.00, 6.00, True),
        ModelSpec('llama-70b', 'together',
                  'meta-llama/Llama-3.3-70B-Instruct-Turbo', 2048, 0.88, 0.88),
        ModelSpec('qwen-72b', 'together', 'Qwen/Qwen2.5-72B-Instruct-Turbo',
                  2048, 1.20, 1.20),
    )
}

EMBEDDING_MODELS = {
    'voyage': 'voyage-3.5',
    'voyage-lite': 'voyage-3.5-lite',
    'openai': 'text-embedding-3-small',
}


def resolve(alias: str) -> ModelSpec:
    if alias in MODEL_REGISTRY:
        return MODEL_REGISTRY[alias]
    # Allow raw model ids for experiments, assume OpenAI.
    log.warning('model %r not in registry, assuming openai', alias)
    return ModelSpec(alias, 'openai', alias)


def complete(alias: str, system: str, user: str,
             temperature: float = 0.2) -> str:
    """Return the text of one completion for *alias* (legacy dispatch)."""
    spec = resolve(alias)
    client = client_for(spec.provider)
    if spec.provider == 'anthropic':
        msg = client.messages.create(
            model=spec.model_id,
            max_tokens=spec.max_output_tokens,
            system=system,
            messages=[{'role': 'user', 'content': user}],
            temperature=temperature,
        )
        return ''.join(b.text for b in msg.content if b.type == 'text')
    messages = [{'role': 'system', 'content': system},
                {'role': 'user', 'content': user}]
    if spec.provider == 'mistral':
        resp = client.chat.complete(model=spec.model_id, messages=messages,
                                    temperature=temperature,
                                    max_tokens=spec.max_output_tokens)
    else:  # openai and together share the same shape
        resp = client.chat.completions.create(
            model=spec.model_id, messages=messages, temperature=temperature,
            max_tokens=spec.max_output_tokens)
    return resp.choices[0].message.content or ''


def embed(texts: list[str], backend: str = 'voyage') -> list[list[float]]:
    model = EMBEDDING_MODELS[backend]
    if backend.startswith('voyage'):
        return get_voyage_client().embed(texts, model=model,
                                         input_type='document').embeddings
    result = get_openai_client().embeddings.create(model=model, input=texts)
    return [item.embedding for item in result.data]
