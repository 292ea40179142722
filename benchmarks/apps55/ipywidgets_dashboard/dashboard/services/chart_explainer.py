"""'Explain this chart' -- sends the rendered figure to a vision model."""
from __future__ import annotations

import base64
import io
import logging

from dashboard.llm.prompts import EXPLAIN_CHART_SYSTEM
from dashboard.services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)


def figure_to_png_b64(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    return base64.b64encode(buf.getvalue()).decode("ascii")


class ChartExplainer:
    """Explains matplotlib figures. Constructed by ``AppState`` with shared clients."""

    def __init__(self, openai_client, anthropic_client, vision_model: str = "gpt-4o",
                 claude_model: str = "claude-3-5-sonnet-20241022"):
        self._client = openai_client
        self._anthropic = anthropic_client
        self.vision_model = vision_model
        self.claude_model = claude_model

    def explain(self, fig, title: str = "", provider: str = "openai") -> str:
        png = figure_to_png_b64(fig)
        if provider == "anthropic":
            return self._explain_claude(png, title)
        response = self._client.responses.create(
            model=self.vision_model,
            instructions=EXPLAIN_CHART_SYSTEM,
            input=[
                {
                    "role": "user",
                    "content": [
                        {"type": "input_text", "text": f"Chart title: {title or 'untitled'}"},
                        {"type": "input_image", "image_url": f"data:image/png;base64,{png}"},
                    ],
                }
            ],
        )
        return response.output_text

    def _explain_claude(self, png_b64: str, title: str) -> str:
        msg = self._anthropic.messages.create(
            model=self.claude_model,
            max_tokens=600,
            system=EXPLAIN_CHART_SYSTEM,
            messages=[
                {
                    "role": "user",
                    "content": [
                        {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": png_b64}},
                        {"type": "text", "text": f"Explain this chart: {title}"},
                    ],
                }
            ],
        )
        return msg.content[0].text

    async def caption(self, title: str, series: list[str]) -> str:
        """Short caption for exported reports -- goes through the tracked service."""
        return await multi_model_service.generate_response(
            prompt=f"Write a one-line caption for a chart titled '{title}' showing {', '.join(series)}.",
            task_type="chart_caption",
            complexity=TaskComplexity.SIMPLE,
        )
