#!/usr/bin/env python3
"""Extensions > AI Tools > Suggest Palette...

Draws a row of swatches (and optionally adds them as a swatch-able
linearGradient each, so they show up in the Swatches dialog).
"""

import asyncio

import inkex
from inkex import Rectangle, TextElement

from ai_ext_common import get_genai_client
from ai_ext_common.base import add_common_arguments
from ai_ext_common.llm_usage_tracker import llm_tracker
from ai_ext_common.palette import PALETTE_SYSTEM, parse_palette, suggest
from ai_ext_common.prompts import PALETTE_USER
from ai_ext_common.settings import load_settings
from ai_ext_common.svg_utils import fill_colors

SWATCH = 40


class SuggestPalette(inkex.EffectExtension):
    def add_arguments(self, pars):
        add_common_arguments(pars, default_provider="google")
        pars.add_argument("--theme", type=str, default="autumn forest")
        pars.add_argument("--count", type=int, default=5)
        pars.add_argument("--from_selection", type=inkex.Boolean, default=False)
        pars.add_argument("--add_swatches", type=inkex.Boolean, default=True)

    async def _tracked_gemini(self, user, model):
        client = get_genai_client()
        async with llm_tracker.track_llm_call(
            provider="google", model=model, feature_context="palette"
        ) as usage_log:
            resp = await client.aio.models.generate_content(
                model=model,
                contents=user,
                config={"system_instruction": PALETTE_SYSTEM,
                        "response_mime_type": "application/json"},
            )
            usage_log.input_tokens = resp.usage_metadata.prompt_token_count
            usage_log.output_tokens = resp.usage_metadata.candidates_token_count
        return resp.text

    def get_palette(self):
        extra = ""
        if self.options.from_selection and self.svg.selection:
            existing = fill_colors(self.svg.selection.values())
            extra = "Harmonise with these existing colours: " + ", ".join(existing[:12])
        provider = self.options.provider
        if provider in ("default", "google"):
            settings = load_settings()
            model = settings.model_for("google", self.options.model)
            user = PALETTE_USER.format(count=self.options.count,
                                       theme=self.options.theme, extra=extra)
            return parse_palette(asyncio.run(self._tracked_gemini(user, model)))
        return suggest(self.options.theme, self.options.count, provider=provider,
                       extra=extra, model=self.options.model)

    def draw(self, name, colors):
        layer = self.svg.get_current_layer()
        group = layer.add(inkex.Group())
        group.label = f"Palette: {name}"
        x0, y0 = 0, 0
        for i, (hex_, role) in enumerate(colors):
            rect = group.add(Rectangle.new(x0 + i * (SWATCH + 8), y0, SWATCH, SWATCH))
            rect.style = {"fill": hex_, "stroke": "#333333", "stroke-width": "0.5"}
            rect.label = role or hex_
            label = group.add(TextElement(x=str(x0 + i * (SWATCH + 8)),
                                          y=str(y0 + SWATCH + 12)))
            label.text = hex_
            label.style = {"font-size": "8px", "font-family": "sans-serif"}
            if self.options.add_swatches:
                self._add_swatch(hex_, role or f"color{i}")

    def _add_swatch(self, hex_, name):
        grad = inkex.LinearGradient()
        grad.set("inkscape:swatch", "solid")
        grad.set("inkscape:label", name)
        stop = grad.add(inkex.Stop())
        stop.set("offset", "0")
        stop.style = {"stop-color": hex_, "stop-opacity": "1"}
        self.svg.defs.add(grad)

    def effect(self):
        name, colors = self.get_palette()
        if not colors:
            raise inkex.AbortExtension("The model did not suggest any valid colours.")
        self.draw(name, colors)


if __name__ == "__main__":
    SuggestPalette().run()
