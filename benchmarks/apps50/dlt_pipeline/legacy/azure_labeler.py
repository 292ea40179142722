"""Azure OpenAI variant used for the EU tenant before Bedrock was approved."""
from __future__ import annotations

import dlt
from openai import AzureOpenAI


class AzureLabeler:
    def __init__(self, deployment: str = "gpt-4o-mini-eu"):
        self.deployment = deployment
        self.client = AzureOpenAI(
            api_key=dlt.secrets["enrichment.azure.api_key"],
            azure_endpoint=dlt.secrets["enrichment.azure.endpoint"],
            api_version="2024-06-01",
        )

    def label(self, text: str) -> str:
        out = self.client.chat.completions.create(
            model=self.deployment,
            messages=[{"role": "user", "content": f"One-word topic for: {text[:2000]}"}],
        )
        return out.choices[0].message.content.strip()

    def label_many(self, texts):
        return [self.label(t) for t in texts]
