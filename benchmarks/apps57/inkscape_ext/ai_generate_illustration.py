#!/usr/bin/env python3
"""Extensions > AI Tools > Generate Illustration...

Asks a chat model for an SVG document and inserts it as a new group.
"""

import inkex

from ai_ext_common import get_anthropic_client, get_backend
from ai_ext_common.base import AIExtensionMixin, add_common_arguments
from ai_ext_common.cache import ResponseCache
from ai_ext_common.errors import AIExtensionError
from ai_ext_common.prompts import SVG_SYSTEM, svg_prompt
from ai_ext_common.svg_utils import extract_svg, svg_to_group


class GenerateIllustration(AIExtensionMixin, inkex.GenerateExtension):
    container_label = "AI illustration"

    def add_arguments(self, pars):
        add_common_arguments(pars)
        pars.add_argument("--subject", type=str, default="a lighthouse at dusk")
        pars.add_argument("--style", type=str, default="flat")
        pars.add_argument("--max_elements", type=int, default=150)
        pars.add_argument("--stream", type=inkex.Boolean, default=False)

    @property
    def canvas_size(self):
        w = self.svg.viewport_width or 500
        h = self.svg.viewport_height or 500
        return int(w), int(h)

    def _ask(self, user):
        if self.options.stream and self.provider == "anthropic":
            return self._ask_streaming(user)
        backend = get_backend(self.provider, model=self.options.model,
                              temperature=self.options.temperature,
                              max_tokens=4096)
        return backend.complete(SVG_SYSTEM, user)

    def _ask_streaming(self, user):
        # streaming keeps the Anthropic connection alive for long SVGs
        client = get_anthropic_client()
        chunks = []
        with client.messages.stream(
            model=self.model,
            max_tokens=8192,
            system=SVG_SYSTEM,
            messages=[{"role": "user", "content": user}],
        ) as stream:
            for text in stream.text_stream:
                chunks.append(text)
        return "".join(chunks)

    def generate(self):
        width, height = self.canvas_size
        user = svg_prompt(self.options.subject, self.options.style, width,
                          height, self.options.max_elements)
        try:
            if self.options.use_cache:
                answer = ResponseCache().get_or_create(
                    lambda: self._ask(user), self.provider, self.model, user)
            else:
                answer = self._ask(user)
        except AIExtensionError as exc:
            self.fail(exc)
        svg_text = extract_svg(answer)
        if not svg_text:
            raise inkex.AbortExtension("The model did not return any SVG.")
        group = svg_to_group(svg_text, label=self.options.subject[:40])
        return group


if __name__ == "__main__":
    GenerateIllustration().run()
