# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
from ibm_watsonx_ai import Credentials
from ibm_watsonx_ai.foundation_models import ModelInference

from .base import BaseProvider, Completion


class WatsonxProvider(BaseProvider):
    name = 'watsonx'

    @classmethod
    def from_config(cls, config):
        model_id = config.model_for('watsonx')
        inference = ModelInference(
            model_id=model_id,
            credentials=Credentials(
                url=config.watsonx_url, api_key=config.watsonx_api_key),
            project_id=config.watsonx_project_id,
            )
        return cls(inference, model_id)

    def generate(self, prompt, system=None, max_tokens=800, temperature=0.3):
        messages = []
        if system:
            messages.append({'role': 'system', 'content': system})
        messages.append({'role': 'user', 'content': prompt})
        result = self.client.chat(
            messages=messages,
            params={'max_tokens': max_tokens, 'temperature': temperature},
            )
        usage = result.get('usage', {})
        return Completion(
            text=result['choices'][0]['message']['content'],
            model=self.model,
            input_tokens=usage.get('prompt_tokens', 0),
            output_tokens=usage.get('completion_tokens', 0),
            raw=result)

    def generate_plain(self, prompt, max_new_tokens=300):
        "Completion-style call for the granite base models"
        return self.client.generate_text(
            prompt=prompt,
            params={'max_new_tokens': max_new_tokens,
                'decoding_method': 'greedy'})
