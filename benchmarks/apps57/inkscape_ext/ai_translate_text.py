#!/usr/bin/env python3
"""Extensions > AI Tools > Translate Document Text

Translates every text element of the document (not only the selection)
with an open-weights model on Hugging Face Inference. Runs a few requests
in parallel because big documents have hundreds of labels.
"""

import concurrent.futures as cf

import inkex
from huggingface_hub import InferenceClient

from ai_ext_common.settings import load_settings
from ai_ext_common.svg_utils import replace_text, text_of

SYSTEM = ("Translate the user's text to {lang}. Reply with the translation "
          "only. Keep line breaks. Do not translate numbers or units.")


class TranslateText(inkex.EffectExtension):
    def add_arguments(self, pars):
        pars.add_argument("--language", type=str, default="German")
        pars.add_argument("--model", type=str,
                          default="Qwen/Qwen2.5-72B-Instruct")
        pars.add_argument("--workers", type=int, default=4)
        pars.add_argument("--selection_only", type=inkex.Boolean, default=False)

    def targets(self):
        if self.options.selection_only:
            source = self.svg.selection.values()
        else:
            source = self.svg.descendants()
        return [el for el in source
                if isinstance(el, (inkex.TextElement, inkex.FlowRoot))
                and text_of(el).strip()]

    def effect(self):
        settings = load_settings()
        client = InferenceClient(token=settings.key_for("huggingface"),
                                 timeout=settings.timeout)
        system = SYSTEM.format(lang=self.options.language)
        elements = self.targets()

        with cf.ThreadPoolExecutor(max_workers=self.options.workers) as pool:
            futures = {
                pool.submit(
                    client.chat_completion,
                    [{"role": "system", "content": system},
                     {"role": "user", "content": text_of(el)}],
                    model=self.options.model,
                    max_tokens=400,
                ): el
                for el in elements
            }
            for fut in cf.as_completed(futures):
                el = futures[fut]
                try:
                    out = fut.result()
                except Exception as exc:  # one bad label should not kill the run
                    inkex.errormsg(f"{el.get_id()}: {exc}")
                    continue
                replace_text(el, out.choices[0].message.content.strip())


if __name__ == "__main__":
    TranslateText().run()
