#!/usr/bin/env python3
"""Extensions > AI Tools > Generate Bitmap...

Generates a raster image and embeds it (data URI) at the centre of the
page. Useful as a tracing source for Path > Trace Bitmap.
"""

import inkex

from ai_ext_common import images
from ai_ext_common.base import add_common_arguments
from ai_ext_common.errors import AIExtensionError

SIZES = {
    "square": ("1024x1024", "1:1", 1024, 1024),
    "landscape": ("1536x1024", "16:9", 1344, 768),
    "portrait": ("1024x1536", "9:16", 768, 1344),
}


class GenerateBitmap(inkex.EffectExtension):
    def add_arguments(self, pars):
        add_common_arguments(pars, default_provider="openai")
        pars.add_argument("--prompt", type=str, default="")
        pars.add_argument("--shape", type=str, default="square")
        pars.add_argument("--trace_ready", type=inkex.Boolean, default=True)

    def build_prompt(self):
        prompt = self.options.prompt.strip()
        if self.options.trace_ready:
            prompt += (". High contrast, flat colours, no gradients, clean "
                       "edges, plain white background")
        return prompt

    def effect(self):
        if not self.options.prompt.strip():
            raise inkex.AbortExtension("Please enter a prompt.")
        size, aspect, w, h = SIZES.get(self.options.shape, SIZES["square"])
        provider = self.options.provider
        if provider == "default":
            provider = "openai"
        prompt = self.build_prompt()
        try:
            if provider == "openai":
                uri = images.generate_data_uri("openai", prompt, size=size)
            elif provider == "google":
                uri = images.generate_data_uri("google", prompt, aspect_ratio=aspect)
            else:
                uri = images.generate_data_uri("huggingface", prompt, width=w, height=h)
        except AIExtensionError as exc:
            inkex.errormsg(exc.user_message())
            return

        page_w = self.svg.viewport_width
        page_h = self.svg.viewport_height
        scale = min(page_w / w, page_h / h, 1.0)
        img = inkex.Image()
        img.set("xlink:href", uri)
        img.set("width", str(w * scale))
        img.set("height", str(h * scale))
        img.set("x", str((page_w - w * scale) / 2))
        img.set("y", str((page_h - h * scale) / 2))
        img.set("preserveAspectRatio", "none")
        img.label = self.options.prompt[:40]
        self.svg.get_current_layer().add(img)


if __name__ == "__main__":
    GenerateBitmap().run()
