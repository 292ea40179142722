# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
from google.genai import types

from .base import BaseProvider, Completion


class GeminiProvider(BaseProvider):
    name = 'google'

    def _config(self, system, max_tokens, temperature, **extra):
        return types.GenerateContentConfig(
            system_instruction=system,
            max_output_tokens=max_tokens,
            temperature=temperature,
            **extra)

    def generate(self, prompt, system=None, max_tokens=800, temperature=0.3):
        response = self.client.models.generate_content(
            model=self.model,
            contents=prompt,
            config=self._config(system, max_tokens, temperature),
            )
        meta = response.usage_metadata
        return Completion(
            text=response.text or '',
            model=self.model,
            input_tokens=getattr(meta, 'prompt_token_count', 0) or 0,
            output_tokens=getattr(meta, 'candidates_token_count', 0) or 0,
            raw=response)

    def generate_json(self, prompt, system=None, max_tokens=800,
            temperature=0.0):
        import json
        response = self.client.models.generate_content(
            model=self.model, contents=prompt,
            config=self._config(system, max_tokens, temperature,
                response_mime_type='application/json'))
        return json.loads(response.text)

    def count(self, prompt):
        "Token count, used by the cost estimator (not billed)"
        return self.client.models.count_tokens(
            model=self.model, contents=prompt).total_tokens
