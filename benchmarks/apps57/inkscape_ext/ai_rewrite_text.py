#!/usr/bin/env python3
"""Extensions > AI Tools > Rewrite Text...

Rewrites every selected text / flowed text element in place.
"""

import asyncio

import inkex

from ai_ext_common.base import AIExtensionMixin, add_common_arguments
from ai_ext_common.multi_model_service import TaskComplexity, multi_model_service
from ai_ext_common.prompts import REWRITE_SYSTEM, rewrite_instruction
from ai_ext_common.svg_utils import replace_text, text_of

TEXT_TYPES = (inkex.TextElement, inkex.FlowRoot)


class RewriteText(AIExtensionMixin, inkex.EffectExtension):
    select_all = TEXT_TYPES

    def add_arguments(self, pars):
        add_common_arguments(pars)
        pars.add_argument("--mode", type=str, default="fix")
        pars.add_argument("--language", type=str, default="English")
        pars.add_argument("--tracked", type=inkex.Boolean, default=True)

    def rewrite_direct(self, text, instruction):
        """Older per-provider path, kept because the tracked service does not
        support Hugging Face models yet."""
        prompt = f"{instruction}\n\nText:\n{text}"
        if self.provider == "huggingface":
            out = self.client.chat_completion(
                messages=[{"role": "system", "content": REWRITE_SYSTEM},
                          {"role": "user", "content": prompt}],
                model=self.model,
                max_tokens=512,
            )
            return out.choices[0].message.content
        if self.provider == "anthropic":
            msg = self.client.messages.create(
                model=self.model, max_tokens=512, system=REWRITE_SYSTEM,
                messages=[{"role": "user", "content": prompt}])
            return msg.content[0].text
        resp = self.client.chat.completions.create(
            model=self.model,
            temperature=self.options.temperature,
            messages=[{"role": "system", "content": REWRITE_SYSTEM},
                      {"role": "user", "content": prompt}],
        )
        return resp.choices[0].message.content

    async def rewrite_tracked(self, texts, instruction):
        jobs = [
            multi_model_service.generate_response(
                prompt=f"{instruction}\n\nText:\n{t}",
                task_type="rewrite",
                complexity=TaskComplexity.SIMPLE,
                system=REWRITE_SYSTEM,
            )
            for t in texts
        ]
        return await asyncio.gather(*jobs)

    def effect(self):
        elements = [el for el in self.svg.selection.filter(*TEXT_TYPES)]
        if not elements:
            raise inkex.AbortExtension("Select at least one text object.")
        instruction = rewrite_instruction(self.options.mode, self.options.language)
        texts = [text_of(el) for el in elements]

        if self.options.tracked and self.provider != "huggingface":
            results = asyncio.run(self.rewrite_tracked(texts, instruction))
        else:
            results = [self.rewrite_direct(t, instruction) for t in texts]

        for el, new in zip(elements, results):
            if new:
                replace_text(el, new.strip().strip('"'))


if __name__ == "__main__":
    RewriteText().run()
