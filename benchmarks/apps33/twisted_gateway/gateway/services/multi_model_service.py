"""Tracked entry point for model calls. New code should use this."""
import enum

from twisted.internet import threads

from gateway.providers import clients
from gateway.services.llm_usage_tracker import llm_tracker


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_MODEL_FOR = {
    TaskComplexity.SIMPLE: ("groq", "llama-3.1-8b-instant"),
    TaskComplexity.STANDARD: ("openai", "gpt-4o-mini"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-20241022"),
}


class MultiModelService(object):

    async def generate_response(self, prompt, task_type="chat",
                                complexity=TaskComplexity.SIMPLE,
                                system=None, max_tokens=1024):
        provider, model = _MODEL_FOR[complexity]
        async with llm_tracker.track_llm_call(
                provider=provider, model=model,
                feature_context=task_type) as usage_log:
            if provider == "anthropic":
                resp = await threads.deferToThread(
                    clients.get_anthropic_client().messages.create,
                    model=model, max_tokens=max_tokens,
                    system=system or "You are a helpful assistant.",
                    messages=[{"role": "user", "content": prompt}])
                usage_log.input_tokens = resp.usage.input_tokens
                usage_log.output_tokens = resp.usage.output_tokens
                return resp.content[0].text
            client = (clients.get_groq_compat_client() if provider == "groq"
                      else clients.get_openai_client())
            messages = [{"role": "user", "content": prompt}]
            if system:
                messages.insert(0, {"role": "system", "content": system})
            resp = await threads.deferToThread(
                client.chat.completions.create, model=model,
                messages=messages, max_tokens=max_tokens)
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content

    async def generate_embeddings(self, texts, task_type="embedding", model="voyage-3",
                                  input_type="document"):
        async with llm_tracker.track_llm_call(provider="voyage", model=model,
                                              feature_context=task_type) as usage_log:
            client = clients.get_voyage_client()
            result = await threads.deferToThread(client.embed, texts, model=model,
                                                 input_type=input_type)
            usage_log.input_tokens = result.total_tokens
            usage_log.output_tokens = 0
            return result.embeddings

    async def generate_with_fallback(self, prompt, task_type="chat", order=None, **kw):
        order = order or [TaskComplexity.SIMPLE, TaskComplexity.STANDARD]
        last_exc = None
        for complexity in order:
            try:
                return await self.generate_response(prompt, task_type=task_type,
                                                    complexity=complexity, **kw)
            except Exception as exc:  # noqa: BLE001 - try the next tier
                last_exc = exc
        raise last_exc


multi_model_service = MultiModelService()
