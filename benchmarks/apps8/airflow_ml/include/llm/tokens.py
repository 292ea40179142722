"""Rough token accounting used to size batches before sending them anywhere."""
from typing import Iterable, List

from include.config import settings
from include.llm.clients import get_bedrock_runtime, get_watsonx_model

_CHARS_PER_TOKEN = 4


def estimate_tokens(text: str) -> int:
    return max(1, len(text) // _CHARS_PER_TOKEN)


def estimate_batch_tokens(texts: Iterable[str]) -> int:
    return sum(estimate_tokens(t) for t in texts)


def watsonx_token_count(prompt: str, model_id: str = None) -> int:
    model = get_watsonx_model(model_id)
    result = model.tokenize(prompt=prompt, return_tokens=False)
    return int(result["result"]["token_count"])


def bedrock_token_count(messages: List[dict], model_id: str = None) -> int:
    runtime = get_bedrock_runtime()
    response = runtime.count_tokens(
        modelId=model_id or settings.bedrock.claude_model_id,
        input={"converse": {"messages": messages}},
    )
    return int(response["inputTokens"])


def fits_context(prompt: str, limit: int = 6000) -> bool:
    return estimate_tokens(prompt) < limit
