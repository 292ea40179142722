# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
from .base import BaseProvider, Completion


class AnthropicProvider(BaseProvider):
    name = 'anthropic'

    def generate(self, prompt, system=None, max_tokens=800, temperature=0.3):
        kwargs = {}
        if system:
            kwargs['system'] = system
        message = self.client.messages.create(
            model=self.model,
            max_tokens=max_tokens,
            temperature=temperature,
            messages=[{'role': 'user', 'content': prompt}],
            **kwargs)
        text = ''.join(
            block.text for block in message.content if block.type == 'text')
        return Completion(
            text=text, model=message.model,
            input_tokens=message.usage.input_tokens,
            output_tokens=message.usage.output_tokens,
            raw=message)

    def stream(self, prompt, system=None, max_tokens=800):
        with self.client.messages.stream(
                model=self.model,
                max_tokens=max_tokens,
                system=system or '',
                messages=[{'role': 'user', 'content': prompt}]) as stream:
            for text in stream.text_stream:
                yield text
