"""Chat deployment: one replica set for every hosted chat vendor."""
import logging
import time
from typing import AsyncIterator, Optional

from ray import serve

from inference import clients
from inference.adapters import get_adapter, registered_providers
from inference.errors import BadRequest, ProviderUnavailable
from inference.schemas import ChatRequest, ChatResponse, CodeCompletionRequest, Usage
from platform_config import get_settings

logger = logging.getLogger("ray.serve")

# TODO(PLAT-388): move to inference/adapters/fireworks.py like the others.
FIREWORKS_PREFIX = "accounts/"


@serve.deployment(
    name="ChatDeployment",
    autoscaling_config={"min_replicas": 2, "max_replicas": 12, "target_ongoing_requests": 24},
    max_ongoing_requests=64,
    ray_actor_options={"num_cpus": 0.5},
)
class ChatDeployment:
    def __init__(self) -> None:
        self._settings = get_settings()
        self._fireworks = clients.get_async_fireworks()
        logger.info("chat deployment up; adapters=%s", registered_providers())

    async def health_check(self) -> None:
        # Serve calls this every few seconds; keep it local.
        if not self._settings.keys.together:
            raise RuntimeError("TOGETHER_API_KEY missing")

    async def chat(self, request: ChatRequest) -> ChatResponse:
        started = time.monotonic()
        try:
            if request.provider == "fireworks":
                return await self._fireworks_chat(request)
            if request.provider == "fireworks-messages":
                return await self._fireworks_messages(request)
            return await get_adapter(request.provider).chat(request)
        finally:
            logger.info(
                "chat provider=%s model=%s took=%.0fms",
                request.provider,
                request.model,
                (time.monotonic() - started) * 1000,
            )

    async def stream(self, request: ChatRequest) -> AsyncIterator[str]:
        if request.provider.startswith("fireworks"):
            raise BadRequest("streaming is not enabled for fireworks yet", provider="fireworks")
        async for piece in get_adapter(request.provider).stream_chat(request):
            yield piece

    async def complete_code(self, request: CodeCompletionRequest) -> str:
        return await get_adapter("mistral").complete_code(request)

    # --- fireworks (not yet migrated) -------------------------------------------------

    def _fireworks_model(self, request: ChatRequest) -> str:
        model: Optional[str] = request.model
        if not model:
            return self._settings.fireworks_chat_model
        if not model.startswith(FIREWORKS_PREFIX):
            model = f"accounts/fireworks/models/{model}"
        return model

    async def _fireworks_chat(self, request: ChatRequest) -> ChatResponse:
        model = self._fireworks_model(request)
        try:
            resp = await self._fireworks.chat.completions.create(
                model=model,
                messages=request.as_dicts(),
                max_tokens=request.max_tokens,
                temperature=request.temperature,
            )
        except Exception as exc:  # SDK raises its own APIStatusError family
            raise ProviderUnavailable(str(exc), provider="fireworks", retryable=True) from exc
        choice = resp.choices[0]
        return ChatResponse(
            provider="fireworks",
            model=model,
            content=choice.message.content or "",
            usage=Usage(
                input_tokens=resp.usage.prompt_tokens, output_tokens=resp.usage.completion_tokens
            ),
            finish_reason=choice.finish_reason,
        )

    async def _fireworks_messages(self, request: ChatRequest) -> ChatResponse:
        """Anthropic-shaped endpoint for teams migrating off the Claude SDK."""
        model = self._fireworks_model(request)
        system = "\n".join(m.content for m in request.messages if m.role == "system")
        turns = [m.model_dump() for m in request.messages if m.role != "system"]
        msg = await self._fireworks.messages.create(
            model=model,
            system=system or "You are a helpful assistant.",
            messages=turns,
            max_tokens=request.max_tokens,
            temperature=request.temperature,
        )
        text = "".join(getattr(block, "text", "") for block in msg.content)
        return ChatResponse(provider="fireworks", model=model, content=text)
