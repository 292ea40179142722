# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
from .base import BaseProvider, Completion


class CohereProvider(BaseProvider):
    name = 'cohere'

    def generate(self, prompt, system=None, max_tokens=800, temperature=0.3):
        messages = []
        if system:
            messages.append({'role': 'system', 'content': system})
        messages.append({'role': 'user', 'content': prompt})
        response = self.client.chat(
            model=self.model,
            messages=messages,
            max_tokens=max_tokens,
            temperature=temperature,
            )
        billed = response.usage.billed_units if response.usage else None
        return Completion(
            text=''.join(c.text for c in response.message.content
                if c.type == 'text'),
            model=self.model,
            input_tokens=int(billed.input_tokens or 0) if billed else 0,
            output_tokens=int(billed.output_tokens or 0) if billed else 0,
            raw=response)

    def rerank(self, query, documents, top_n=5):
        response = self.client.rerank(
            model='rerank-v3.5', query=query, documents=documents,
            top_n=top_n)
        return [(r.index, r.relevance_score) for r in response.results]
