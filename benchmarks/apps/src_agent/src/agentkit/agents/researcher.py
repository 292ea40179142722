from __future__ import annotations

from agentkit.agents.base import BaseAgent
from agentkit.settings import settings
from agentkit.tools.web import fetch_page


class ResearchAgent(BaseAgent):
    name = "researcher"

    def run(self, task: str) -> str:
        self.remember("user", task)
        response = self.client.responses.create(
            model=settings.openai_model,
            instructions=self.system_prompt,
            input=self.memory,
        )
        self.remember("assistant", response.output_text)
        return response.output_text

    def read(self, url: str) -> str:
        page = fetch_page(url)
        msg = self.claude.messages.create(
            model=settings.claude_model,
            max_tokens=1024,
            system="Extract the facts relevant to the task.",
            messages=[{"role": "user", "content": page}],
        )
        return msg.content[0].text

    def cheap_summary(self, text: str) -> str:
        resp = self.bedrock.converse(
            modelId=settings.bedrock_model,
            messages=[{"role": "user", "content": [{"text": f"Summarise: {text}"}]}],
        )
        return resp["output"]["message"]["content"][0]["text"]
