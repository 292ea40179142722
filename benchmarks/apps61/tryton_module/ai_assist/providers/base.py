# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
from dataclasses import dataclass, field


@dataclass
class Completion:
    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    raw: object = field(default=None, repr=False)


class BaseProvider:
    name = None
    supports_system = True

    def __init__(self, client, model):
        self.client = client
        self.model = model

    def generate(self, prompt, system=None, max_tokens=800, temperature=0.3):
        raise NotImplementedError

    def generate_json(self, prompt, system=None, **kwargs):
        import json
        completion = self.generate(
            prompt + "\n\nAnswer with a single JSON object only.",
            system=system, **kwargs)
        text = completion.text.strip()
        if text.startswith('```'):
            text = text.strip('`')
            if text.startswith('json'):
                text = text[4:]
        return json.loads(text)

    def __repr__(self):
        return '<%s %s>' % (self.__class__.__name__, self.model)
