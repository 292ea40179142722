#!/usr/bin/env python3
"""Extensions > AI Tools > Storyboard...

Creates an N-panel storyboard grid on a new layer with AI-written captions,
an optional tint per panel based on its mood, and (optionally) a critique
of the layout shown in a message box.
"""

import asyncio

import inkex
from inkex import Rectangle, TextElement

import ai_ext_common as aic
from ai_ext_common.assistant import critique_layout, panel_mood, stream_captions
from ai_ext_common.registry import client_for

MOOD_TINTS = {
    "happy": "#fff4c2", "sad": "#d6e4f0", "tense": "#f5d0c5",
    "calm": "#dff0e0", "neutral": "#ffffff", "dark": "#cfcfd6",
}


class LayoutGrid:
    """Computes panel rectangles. Not AI related."""

    def __init__(self, width, height, panels, cols=3, gutter=12, margin=20):
        self.width, self.height = width, height
        self.panels, self.cols = panels, cols
        self.gutter, self.margin = gutter, margin

    def generate(self):
        rows = (self.panels + self.cols - 1) // self.cols
        cw = (self.width - 2 * self.margin - (self.cols - 1) * self.gutter) / self.cols
        ch = (self.height - 2 * self.margin - (rows - 1) * self.gutter) / rows
        for i in range(self.panels):
            r, c = divmod(i, self.cols)
            yield (self.margin + c * (cw + self.gutter),
                   self.margin + r * (ch + self.gutter), cw, ch)


class Storyboard(inkex.EffectExtension):
    def add_arguments(self, pars):
        pars.add_argument("--story", type=str, default="")
        pars.add_argument("--panels", type=int, default=6)
        pars.add_argument("--cols", type=int, default=3)
        pars.add_argument("--title_engine", type=str, default="gemini")
        pars.add_argument("--moods", type=inkex.Boolean, default=False)
        pars.add_argument("--critique", type=inkex.Boolean, default=False)

    def make_title(self, story):
        if self.options.title_engine == "openrouter":
            resp = client_for("openrouter").chat.completions.create(
                model="meta-llama/llama-3.3-70b-instruct",
                messages=[{"role": "user",
                           "content": f"A 3-5 word title for: {story}"}],
                max_tokens=20,
            )
            return resp.choices[0].message.content.strip().strip('"')
        resp = aic.get_genai_client().models.generate_content(
            model="gemini-2.0-flash",
            contents=f"A 3-5 word title for this storyboard, no quotes: {story}",
        )
        return resp.text.strip()

    async def moods(self, captions):
        return await asyncio.gather(*(panel_mood(c) for c in captions))

    def effect(self):
        story = self.options.story.strip()
        if not story:
            raise inkex.AbortExtension("Describe the story first.")
        captions = stream_captions(story, self.options.panels)
        moods = (asyncio.run(self.moods(captions)) if self.options.moods
                 else ["neutral"] * len(captions))

        layer = self.svg.add(inkex.Layer.new("Storyboard"))
        title = layer.add(TextElement(x="20", y="14"))
        title.text = self.make_title(story)
        title.style = {"font-size": "12px", "font-weight": "bold"}

        grid = LayoutGrid(self.svg.viewport_width, self.svg.viewport_height,
                          len(captions), cols=self.options.cols)
        for (x, y, w, h), caption, mood in zip(grid.generate(), captions, moods):
            rect = layer.add(Rectangle.new(x, y, w, h))
            rect.style = {"fill": MOOD_TINTS.get(mood.lower(), "#ffffff"),
                          "stroke": "#000000", "stroke-width": "1"}
            text = layer.add(TextElement(x=str(x + 4), y=str(y + h - 6)))
            text.text = caption
            text.style = {"font-size": "7px"}

        if self.options.critique:
            desc = "\n".join(f"{i + 1}. {c}" for i, c in enumerate(captions))
            self.msg(asyncio.run(critique_layout(desc)))


if __name__ == "__main__":
    Storyboard().run()
