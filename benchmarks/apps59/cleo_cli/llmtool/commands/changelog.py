from __future__ import annotations

import asyncio
import subprocess

import litellm
from cleo.helpers import option

from llmtool.commands.base import DocsCommand
from llmtool.services.llm_usage_tracker import llm_tracker
from llmtool.services.multi_model_service import TaskComplexity, multi_model_service


class ChangelogCommand(DocsCommand):
    name = "changelog"
    description = "Write release notes from git history of the docs tree."
    options = [
        option("since", None, description="Git ref to start from.", flag=False, default="HEAD~50"),
        option("model", "m", description="LiteLLM model for the headline pass.", flag=False, default="gpt-4o-mini"),
    ]

    def handle(self) -> int:
        log = subprocess.run(
            ["git", "log", "--pretty=format:%s", f"{self.option('since')}..HEAD", "--", str(self.settings.docs_root)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        if not log.strip():
            self.line("<comment>No docs changes.</comment>")
            return 0
        notes = asyncio.run(
            multi_model_service.generate_response(
                prompt=f"Turn these commit subjects into user-facing release notes:\n{log}",
                task_type="changelog",
                complexity=TaskComplexity.SIMPLE,
            )
        )
        headline = asyncio.run(self._headline(notes))
        self.line(f"<info>{headline}</info>\n\n{notes}")
        return 0

    async def _headline(self, notes: str) -> str:
        model = self.option("model")
        async with llm_tracker.track_llm_call(provider="litellm", model=model, feature_context="changelog") as usage_log:
            response = await litellm.acompletion(
                model=model,
                messages=[{"role": "user", "content": f"One-line headline for these notes:\n{notes}"}],
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content.strip()
