"""Generic prompt endpoint for internal tools. Everything goes through multi_model_service."""
from __future__ import annotations

import asyncio

import pandas as pd
from mlflow.pyfunc import PythonModel

from docai_models.services.multi_model_service import TaskComplexity, multi_model_service

_COMPLEXITY = {c.value: c for c in TaskComplexity}


class RouterModel(PythonModel):
    def load_context(self, context):
        self.default_task = (context.model_config or {}).get("task_type", "internal_tools")

    async def _one(self, prompt: str, complexity: str, system: str | None) -> str:
        return await multi_model_service.generate_response(
            prompt=prompt,
            task_type=self.default_task,
            complexity=_COMPLEXITY.get(complexity, TaskComplexity.SIMPLE),
            system=system,
        )

    async def _all(self, rows: list[dict]) -> list[str]:
        sem = asyncio.Semaphore(8)

        async def guarded(row):
            async with sem:
                return await self._one(row["prompt"], row.get("complexity", "simple"), row.get("system"))

        return await asyncio.gather(*(guarded(r) for r in rows))

    def predict(self, context, model_input, params=None):
        rows = model_input.to_dict(orient="records")
        return pd.DataFrame({"response": asyncio.run(self._all(rows))})
