"""Injection keys.

The SDK classes are bound directly where there is only one sensible instance
(e.g. ``anthropic.AsyncAnthropic``). Where we hold several clients of the same
SDK class (OpenAI vs. DeepSeek vs. xAI through the OpenAI SDK) we bind them
under these ``NewType`` keys instead, so ``@inject`` constructors can ask for the
right one by annotation.
"""
from __future__ import annotations

from typing import NewType

import cohere
import openai
from cerebras.cloud.sdk import Cerebras
from ibm_watsonx_ai.foundation_models import Embeddings, ModelInference

# --- OpenAI SDK -----------------------------------------------------------
PrimaryChatClient = NewType("PrimaryChatClient", openai.AsyncOpenAI)
"""Async OpenAI client used for customer-facing chat."""

DeepSeekClient = NewType("DeepSeekClient", openai.OpenAI)
"""OpenAI SDK pointed at api.deepseek.com (fraud explanations, cheap reasoning)."""

GrokCompatClient = NewType("GrokCompatClient", openai.AsyncOpenAI)
"""OpenAI SDK pointed at api.x.ai; used by tone checks. Prefer the native xai-sdk."""

# --- Cohere ---------------------------------------------------------------
SearchClient = NewType("SearchClient", cohere.ClientV2)
"""Cohere v2 client used for embeddings + rerank of help-centre articles."""

# --- watsonx --------------------------------------------------------------
GraniteChat = NewType("GraniteChat", ModelInference)
"""Granite instruct model on watsonx (disputes, regulated summaries)."""

GraniteEmbeddings = NewType("GraniteEmbeddings", Embeddings)

# --- Cerebras -------------------------------------------------------------
FastIntentClient = NewType("FastIntentClient", Cerebras)
"""Low-latency intent classifier."""


class FeatureFlags(dict):
    """Marker type so flags can be injected without pulling Settings."""


class RequestTimeout(float):
    """Marker for the default upstream timeout, in seconds."""
