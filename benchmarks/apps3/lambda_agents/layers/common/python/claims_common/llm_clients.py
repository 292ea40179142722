"""Model vendor clients, created once per container from the vendor secret."""
from __future__ import annotations

import logging
import os

import cohere
import litellm
import voyageai
from anthropic import Anthropic, AnthropicBedrock, AsyncAnthropic
from google import genai
from openai import OpenAI
from together import Together

from claims_common.config import AWS_REGION, get_secret, settings

logger = logging.getLogger(__name__)

_keys = get_secret(settings.vendor_secret_id)

openai_client = OpenAI(
    api_key=_keys["openai_api_key"],
    organization=_keys.get("openai_org"),
    timeout=30.0,
    max_retries=2,
)
anthropic_client = Anthropic(api_key=_keys["anthropic_api_key"], max_retries=2)
async_anthropic_client = AsyncAnthropic(api_key=_keys["anthropic_api_key"], max_retries=2)
anthropic_bedrock = AnthropicBedrock(aws_region=AWS_REGION)
cohere_client = cohere.ClientV2(api_key=_keys["cohere_api_key"], timeout=20)
voyage_client = voyageai.Client(api_key=_keys["voyage_api_key"], max_retries=3)
gemini_client = genai.Client(api_key=_keys["gemini_api_key"])
together_client = Together(api_key=_keys["together_api_key"])

os.environ.setdefault("COHERE_API_KEY", _keys["cohere_api_key"])
litellm.drop_params = True
litellm.telemetry = False

litellm_router = litellm.Router(
    model_list=[
        {
            "model_name": "fraud-explainer",
            "litellm_params": {
                "model": "bedrock/anthropic.claude-3-5-haiku-20241022-v1:0",
                "aws_region_name": AWS_REGION,
            },
        },
        {
            "model_name": "fraud-explainer",
            "litellm_params": {"model": "gpt-4o-mini", "api_key": _keys["openai_api_key"]},
        },
    ],
    num_retries=2,
    routing_strategy="simple-shuffle",
)

logger.debug("model vendor clients initialised for stage %s", settings.stage)


def get_openai() -> OpenAI:
    return openai_client


def get_anthropic() -> Anthropic:
    return anthropic_client
