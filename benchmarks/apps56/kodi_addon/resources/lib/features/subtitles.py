# -*- coding: utf-8 -*-
"""Subtitle translation with Mistral (cheap, good at European languages)."""
from concurrent.futures import ThreadPoolExecutor

import xbmcvfs

from resources.lib import kodiutils, subtitles_parser
from resources.lib.ai import prompts
from resources.lib.ai.clients import get_mistral_client, model_for


class SubtitleTranslator(object):
    def __init__(self, client=None, target_lang=None, batch_size=None, workers=3):
        self.client = client or get_mistral_client()
        self.model = model_for("mistral")
        self.target_lang = target_lang or kodiutils.get_setting("subtitle_target_lang", "en")
        self.batch_size = batch_size or kodiutils.get_setting_int("subtitle_batch_size", 40)
        self.workers = workers

    def _messages(self, batch):
        return [
            {"role": "system", "content": prompts.SUBTITLE_SYSTEM.format(lang=self.target_lang)},
            {"role": "user", "content": subtitles_parser.to_numbered_lines(batch)},
        ]

    def translate_batch(self, batch):
        resp = self.client.chat.complete(model=self.model, messages=self._messages(batch), temperature=0.2)
        return subtitles_parser.apply_numbered_lines(batch, resp.choices[0].message.content)

    def translate_all(self, cues, progress=None):
        batches = list(subtitles_parser.chunk(cues, self.batch_size))
        done = 0
        with ThreadPoolExecutor(max_workers=self.workers) as pool:
            futures = [
                (batch, pool.submit(self.client.chat.complete, model=self.model,
                                    messages=self._messages(batch), temperature=0.2))
                for batch in batches
            ]
            for batch, fut in futures:
                resp = fut.result()
                subtitles_parser.apply_numbered_lines(batch, resp.choices[0].message.content)
                done += 1
                if progress and not progress(int(100 * done / len(batches))):
                    break
        return cues

    def preview(self, cues, on_text):
        """Translate the first batch with streaming so the dialog shows output immediately."""
        first = cues[: self.batch_size]
        buf = []
        stream = self.client.chat.stream(model=self.model, messages=self._messages(first))
        for event in stream:
            delta = event.data.choices[0].delta.content
            if delta:
                buf.append(delta)
                on_text("".join(buf))
        return subtitles_parser.apply_numbered_lines(first, "".join(buf))


def translate_file(path, progress=None):
    with xbmcvfs.File(path) as fh:
        data = fh.read()
    cues = subtitles_parser.parse(data)
    SubtitleTranslator().translate_all(cues, progress=progress)
    lang = kodiutils.get_setting("subtitle_target_lang", "en")
    out_path = path.rsplit(".", 1)[0] + ".ai.{}.srt".format(lang)
    with xbmcvfs.File(out_path, "w") as fh:
        fh.write(subtitles_parser.dump(cues))
    return out_path
