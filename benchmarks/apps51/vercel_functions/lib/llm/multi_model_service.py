"""Tracked entry point for model calls. New code should use this."""
import enum
import logging

from lib.llm.clients import get_async_anthropic, get_async_openai, get_mistral
from lib.llm.tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_MODEL_BY_COMPLEXITY = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4o-mini"),
    TaskComplexity.STANDARD: ("mistral", "mistral-large-latest"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-latest"),
}


class MultiModelService:
    def __init__(self):
        self._openai = None
        self._anthropic = None
        self._mistral = None

    def _clients(self):
        if self._openai is None:
            self._openai = get_async_openai()
            self._anthropic = get_async_anthropic()
            self._mistral = get_mistral()
        return self._openai, self._anthropic, self._mistral

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 1024,
    ) -> str:
        provider, model = _MODEL_BY_COMPLEXITY[complexity]
        openai_client, anthropic_client, mistral_client = self._clients()
        messages = [{"role": "user", "content": prompt}]

        async with llm_tracker.track_llm_call(provider=provider, model=model, feature_context=task_type) as usage_log:
            if provider == "anthropic":
                resp = await anthropic_client.messages.create(
                    model=model,
                    system=system or "",
                    messages=messages,
                    max_tokens=max_tokens,
                )
                usage_log.input_tokens = resp.usage.input_tokens
                usage_log.output_tokens = resp.usage.output_tokens
                return "".join(block.text for block in resp.content if block.type == "text")

            if system:
                messages.insert(0, {"role": "system", "content": system})

            if provider == "mistral":
                resp = await mistral_client.chat.complete_async(model=model, messages=messages, max_tokens=max_tokens)
            else:
                resp = await openai_client.chat.completions.create(model=model, messages=messages, max_tokens=max_tokens)
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content or ""

    async def generate_json(self, prompt: str, task_type: str, complexity: TaskComplexity = TaskComplexity.SIMPLE) -> dict:
        """generate_response + JSON parsing with one repair attempt."""
        import json

        system = "Respond with a single JSON object and nothing else."
        text = await self.generate_response(prompt=prompt, task_type=task_type, complexity=complexity, system=system)
        try:
            return json.loads(text)
        except ValueError:
            repaired = await self.generate_response(
                prompt=f"Fix this so it is valid JSON, output only JSON:\n{text}",
                task_type=f"{task_type}_repair",
                complexity=TaskComplexity.SIMPLE,
            )
            return json.loads(repaired)


multi_model_service = MultiModelService()
