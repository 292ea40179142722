"""Quick-answer API (no retrieval). Goes through the tracked multi_model_service.

Also hosts the token-estimate endpoint the frontend uses to warn about long prompts.
"""
from __future__ import annotations

import asyncio

import litserve as ls

from apis.llm import get_anthropic_client, get_openai_client
from config import get_settings
from retrieval.chunking import count_tokens
from services.multi_model_service import TaskComplexity, multi_model_service
from utils.cost import estimate_cost


class QuickAnswerAPI(ls.LitAPI):
    def __init__(self):
        super().__init__(api_path="/quick", enable_async=True)

    def setup(self, device):
        self.svc = multi_model_service

    async def decode_request(self, request):
        return request["prompt"], request.get("agentic", False)

    async def predict(self, x):
        prompt, agentic = x
        complexity = TaskComplexity.AGENTIC if agentic else TaskComplexity.SIMPLE
        text = await self.svc.generate_response(prompt=prompt, task_type="quick_answer", complexity=complexity)
        return {"answer": text}

    async def encode_response(self, output):
        return output


class TokenEstimateAPI(ls.LitAPI):
    def __init__(self):
        super().__init__(api_path="/tokens")

    def setup(self, device):
        self.claude = get_anthropic_client()
        self.model = get_settings().answer_model

    def decode_request(self, request):
        return request["messages"]

    def predict(self, messages):
        counted = self.claude.messages.count_tokens(model=self.model, messages=messages)
        local = sum(count_tokens(m["content"]) for m in messages)
        return {
            "anthropic_input_tokens": counted.input_tokens,
            "tiktoken_estimate": local,
            "est_cost_usd": estimate_cost(self.model, counted.input_tokens, 1024),
        }

    def encode_response(self, output):
        return output


class ModelsAPI(ls.LitAPI):
    def __init__(self):
        super().__init__(api_path="/models")

    def setup(self, device):
        self.oai = get_openai_client()

    def decode_request(self, request):
        return request

    def predict(self, _):
        ids = sorted(m.id for m in self.oai.models.list())
        return {"openai": [i for i in ids if i.startswith(("gpt", "text-embedding", "o"))]}

    def encode_response(self, output):
        return output


async def _warm() -> None:  # used from server.py --warm
    await multi_model_service.generate_response(prompt="ping", task_type="warmup")


def warm() -> None:
    asyncio.run(_warm())
