"""Provider-agnostic summarisation operator.

New DAGs should prefer ``TrackedLLMOperator`` which goes through
``multi_model_service``. ``SummarizeDocumentOperator`` predates it and still
talks to the vendor SDKs directly through the hook registry.
"""
from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any, Sequence

from airflow.models import BaseOperator

from acme_airflow_llm.utils.multi_model_service import TaskComplexity, multi_model_service
from acme_airflow_llm.utils.prompts import SUMMARIZE
from acme_airflow_llm.utils.registry import get_hook

if TYPE_CHECKING:
    from airflow.utils.context import Context

MODEL_DEFAULTS = {
    "openai": "gpt-4o-mini",
    "azure_openai": "gpt-4o-mini-prod",
    "anthropic": "claude-haiku-4-5",
    "groq": "llama-3.3-70b-versatile",
    "cohere": "command-r-plus-08-2024",
}


class SummarizeDocumentOperator(BaseOperator):
    template_fields: Sequence[str] = ("document", "provider")

    def __init__(self, *, document: str, provider: str = "openai", conn_id: str | None = None, max_words: int = 150, **kwargs: Any):
        super().__init__(**kwargs)
        self.document = document
        self.provider = provider
        self.conn_id = conn_id
        self.max_words = max_words

    def _summarize(self, client: Any, model: str) -> str:
        messages = SUMMARIZE.messages(document=self.document, max_words=str(self.max_words))
        if self.provider == "anthropic":
            system = messages[0]["content"]
            resp = client.messages.create(model=model, max_tokens=800, system=system, messages=messages[1:])
            return resp.content[0].text
        if self.provider == "cohere":
            resp = client.chat(model=model, messages=messages)
            return resp.message.content[0].text
        resp = client.chat.completions.create(model=model, messages=messages, temperature=0)
        return resp.choices[0].message.content

    def execute(self, context: Context) -> str:
        hook = get_hook(self.provider, self.conn_id)
        model = MODEL_DEFAULTS[self.provider]
        summary = self._summarize(hook.get_conn(), model)
        self.log.info("Summary (%s/%s): %d chars", self.provider, model, len(summary))
        return summary


class TrackedLLMOperator(BaseOperator):
    """Preferred: routes through multi_model_service so usage is tracked."""

    template_fields: Sequence[str] = ("prompt",)

    def __init__(self, *, prompt: str, task_type: str = "chat", complexity: str = "simple", **kwargs: Any):
        super().__init__(**kwargs)
        self.prompt = prompt
        self.task_type = task_type
        self.complexity = TaskComplexity(complexity)

    def execute(self, context: Context) -> str:
        return asyncio.run(
            multi_model_service.generate_response(
                prompt=self.prompt, task_type=self.task_type, complexity=self.complexity
            )
        )
