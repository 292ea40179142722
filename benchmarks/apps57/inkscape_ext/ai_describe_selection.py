#!/usr/bin/env python3
"""Extensions > AI Tools > Describe Selection (alt text)

Renders the selection, asks a vision model for a description and stores it
in the <title>/<desc> of the selected objects (used by screen readers when
the SVG is embedded in a web page).
"""

import inkex

from ai_ext_common.base import add_common_arguments
from ai_ext_common.errors import AIExtensionError
from ai_ext_common.settings import load_settings
from ai_ext_common.vision import Describer, render_selection_png


class DescribeSelection(inkex.EffectExtension):
    def add_arguments(self, pars):
        add_common_arguments(pars, default_provider="openai")
        pars.add_argument("--max_words", type=int, default=60)
        pars.add_argument("--hint", type=str, default="")
        pars.add_argument("--target", type=str, default="desc")

    def make_describer(self):
        settings = load_settings()
        provider = self.options.provider
        if provider == "default":
            provider = settings.default_provider
        if provider == "huggingface":
            # no vision model we trust on the free tier
            provider = "openai"
        return Describer(provider, settings.model_for(provider, self.options.model),
                         max_words=self.options.max_words)

    def effect(self):
        if not self.svg.selection:
            raise inkex.AbortExtension("Nothing selected.")
        ids = [el.get_id() for el in self.svg.selection.values()]
        png = render_selection_png(self.options.input_file, ids)
        describer = self.make_describer()
        try:
            text = describer.describe(png, hint=self.options.hint)
        except AIExtensionError as exc:
            inkex.errormsg(exc.user_message())
            return

        for el in self.svg.selection.values():
            if self.options.target in ("desc", "both"):
                el.desc = text
            if self.options.target in ("title", "both"):
                el.title = text.split(".")[0][:80]
        self.msg(text)


if __name__ == "__main__":
    DescribeSelection().run()
