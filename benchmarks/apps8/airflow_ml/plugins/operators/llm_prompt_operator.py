"""Generic "run this prompt template over rows" operator, Fireworks-backed.

Older DAGs still use this; new work should use include.services.multi_model_service.
"""
import json
from typing import Any, Dict, List, Optional, Sequence

from airflow.models import BaseOperator
from airflow.utils.context import Context

from hooks.fireworks_hook import FireworksHook


class LLMPromptOperator(BaseOperator):
    template_fields: Sequence[str] = ("rows", "prompt_template")
    template_ext: Sequence[str] = (".txt", ".j2")

    def __init__(
        self,
        *,
        rows: Any,
        prompt_template: str,
        model: str = "accounts/fireworks/models/llama-v3p1-70b-instruct",
        system_prompt: Optional[str] = None,
        json_output: bool = False,
        max_tokens: int = 512,
        fireworks_conn_id: str = "fireworks_default",
        **kwargs,
    ):
        super().__init__(**kwargs)
        self.rows = rows
        self.prompt_template = prompt_template
        self.model = model
        self.system_prompt = system_prompt
        self.json_output = json_output
        self.max_tokens = max_tokens
        self.fireworks_conn_id = fireworks_conn_id

    def _messages(self, row: Dict[str, Any]) -> List[Dict[str, str]]:
        messages = []
        if self.system_prompt:
            messages.append({"role": "system", "content": self.system_prompt})
        messages.append({"role": "user", "content": self.prompt_template.format(**row)})
        return messages

    def execute(self, context: Context) -> List[Dict[str, Any]]:
        client = FireworksHook(self.fireworks_conn_id).get_conn()
        rows = json.loads(self.rows) if isinstance(self.rows, str) else list(self.rows)
        extra = {"response_format": {"type": "json_object"}} if self.json_output else {}
        out = []
        for row in rows:
            completion = client.chat.completions.create(
                model=self.model,
                messages=self._messages(row),
                max_tokens=self.max_tokens,
                temperature=0.2,
                **extra,
            )
            content = completion.choices[0].message.content
            out.append({**row, "output": json.loads(content) if self.json_output else content})
        return out
