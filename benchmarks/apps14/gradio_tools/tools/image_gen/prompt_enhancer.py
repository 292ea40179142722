import anthropic

from common.prompts import IMAGE_PROMPT_ENHANCER
from common.settings import get_settings, secret


class PromptEnhancer:
    """Turns a one-line idea into an on-brand image prompt."""

    model = "claude-3-5-haiku-latest"

    def __init__(self):
        self.client = anthropic.Anthropic(api_key=secret(get_settings().anthropic_api_key))

    def enhance(self, idea: str, style_notes: str = "") -> str:
        user = idea if not style_notes else f"{idea}\n\nExtra style notes: {style_notes}"
        response = self.client.messages.create(
            model=self.model,
            max_tokens=300,
            temperature=0.8,
            system=IMAGE_PROMPT_ENHANCER,
            messages=[{"role": "user", "content": user}],
        )
        return response.content[0].text.strip()
