# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
from .base import BaseProvider, Completion


class OpenAIProvider(BaseProvider):
    name = 'openai'

    def generate(self, prompt, system=None, max_tokens=800, temperature=0.3):
        messages = []
        if system:
            messages.append({'role': 'system', 'content': system})
        messages.append({'role': 'user', 'content': prompt})
        response = self.client.chat.completions.create(
            model=self.model,
            messages=messages,
            max_tokens=max_tokens,
            temperature=temperature,
            )
        usage = response.usage
        return Completion(
            text=response.choices[0].message.content or '',
            model=response.model,
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
            raw=response)

    def generate_json(self, prompt, system=None, **kwargs):
        response = self.client.responses.create(
            model=self.model,
            instructions=system,
            input=prompt,
            text={'format': {'type': 'json_object'}},
            )
        import json
        return json.loads(response.output_text)
