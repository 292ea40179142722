"""Question answering over the loaded dataset, optionally web-grounded."""
from __future__ import annotations

import logging

from dashboard.llm import get_anthropic_client, get_backend, get_perplexity_client
from dashboard.llm.prompts import QA_SYSTEM
from dashboard.utils import with_retry

log = logging.getLogger(__name__)


class QuestionAnswerer:
    def __init__(self, config, context_provider):
        self.config = config
        self.context_provider = context_provider  # () -> str describing loaded data
        self._pplx = get_perplexity_client() if config.enable_web_search else None
        self._history: list[dict] = []

    def answer(self, question: str, backend: str | None = None) -> str:
        context = self.context_provider()
        messages = [*self._history[-6:], {"role": "user", "content": f"{context}\n\nQuestion: {question}"}]
        if backend is None and self._needs_web(question) and self._pplx is not None:
            text = self._web_answer(question)
        else:
            reply = get_backend(backend or self.config.default_backend).complete(QA_SYSTEM, messages)
            text = reply.text
        self._history += [{"role": "user", "content": question}, {"role": "assistant", "content": text}]
        return text

    @staticmethod
    def _needs_web(question: str) -> bool:
        q = question.lower()
        return any(k in q for k in ("benchmark", "industry", "market", "latest", "compared to"))

    def _web_answer(self, question: str) -> str:
        resp = self._pplx.chat.completions.create(
            model=self.config.models.perplexity_chat,
            messages=[
                {"role": "system", "content": "Answer with sources. Be brief."},
                {"role": "user", "content": question},
            ],
        )
        text = resp.choices[0].message.content or ""
        cites = getattr(resp, "citations", None) or []
        if cites:
            text += "\n\nSources:\n" + "\n".join(f"- {c}" for c in cites)
        return text

    def follow_up_questions(self, question: str, answer: str) -> list[str]:
        client = get_anthropic_client()
        msg = with_retry(client.messages.create, model=self.config.models.anthropic_fast, max_tokens=200,
                         messages=[{"role": "user", "content": f"Q: {question}\nA: {answer}\n\n"
                                    "Suggest three short follow-up questions, one per line."}])
        return [line.strip("- ").strip() for line in msg.content[0].text.splitlines() if line.strip()][:3]

    def reset(self) -> None:
        self._history.clear()
