#!/usr/bin/env python3
"""Old "Alt text from labels" extension (0.3). Builds alt text from the
object labels/ids instead of rendering, so it works without the inkscape
CLI on PATH. Superseded by ai_describe_selection.py."""

import inkex

from ai_ext_common import legacy_http


class AltTextLegacy(inkex.EffectExtension):
    def add_arguments(self, pars):
        pars.add_argument("--backend", type=str, default="openai")
        pars.add_argument("--model", type=str, default="gpt-4o-mini")

    def outline(self):
        lines = []
        for el in self.svg.selection.values():
            label = el.label or el.get_id()
            lines.append(f"- {el.TAG} '{label}' bbox={el.bounding_box()}")
        return "\n".join(lines)

    def effect(self):
        prompt = ("Write one sentence of alt text for a drawing made of these "
                  "objects:\n" + self.outline())
        if self.options.backend == "anthropic":
            text = legacy_http.chat_anthropic_urllib(prompt)
        else:
            text = legacy_http.chat_openai(prompt, model=self.options.model)
        self.svg.set("aria-label", text.strip())
        self.msg(text)


if __name__ == "__main__":
    AltTextLegacy().run()
