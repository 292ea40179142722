#!/usr/bin/env python3
"""Extensions > AI Tools > Name Objects

Gives meaningful inkscape:label values to the selected objects (helps a lot
in the Layers and Objects dialog of messy imported files).
"""

import json

import inkex

from ai_ext_common.base import AIExtensionMixin, add_common_arguments

INSTRUCTIONS = ("You name SVG objects for a designer's layer panel. For each "
                "id, answer a short lowercase name (max 4 words). Reply with a "
                "JSON object mapping id to name.")


class LabelObjects(AIExtensionMixin, inkex.EffectExtension):
    def add_arguments(self, pars):
        add_common_arguments(pars, default_provider="openai")
        pars.add_argument("--overwrite", type=inkex.Boolean, default=False)

    def summarise(self, el):
        style = el.specified_style()
        return {
            "id": el.get_id(),
            "tag": el.TAG,
            "fill": style.get("fill"),
            "bbox": [round(v, 1) for v in el.bounding_box()],
            "text": el.get_text()[:40] if isinstance(el, inkex.TextElement) else None,
        }

    def ask_names(self, items):
        payload = json.dumps(items)
        if self.provider == "google":
            resp = self.client.models.generate_content(
                model=self.model,
                contents=INSTRUCTIONS + "\n\n" + payload,
                config={"response_mime_type": "application/json"},
            )
            return json.loads(resp.text)
        resp = self.client.responses.create(
            model=self.model,
            instructions=INSTRUCTIONS,
            input=payload,
            text={"format": {"type": "json_object"}},
        )
        return json.loads(resp.output_text)

    def effect(self):
        todo = [el for el in self.svg.selection.values()
                if self.options.overwrite or not el.label]
        if not todo:
            return
        names = self.ask_names([self.summarise(el) for el in todo])
        for el in todo:
            name = names.get(el.get_id())
            if name:
                el.label = name


if __name__ == "__main__":
    LabelObjects().run()
