# -*- coding: utf-8 -*-
from resources.lib import subtitles_parser
from resources.lib.features.subtitles import SubtitleTranslator
from tests.fakes import FakeMistral

SRT = """1
00:00:01,000 --> 00:00:02,000
Hello there

2
00:00:03,000 --> 00:00:04,500
General Kenobi
You are a bold one

3
00:00:05,000 --> 00:00:06,000
Kill him
"""


def test_parse_roundtrip():
    cues = subtitles_parser.parse(SRT)
    assert [c.index for c in cues] == [1, 2, 3]
    assert cues[1].text == "General Kenobi\nYou are a bold one"
    assert subtitles_parser.parse(subtitles_parser.dump(cues))[2].text == "Kill him"


def test_translate_all_batches():
    fake = FakeMistral()
    cues = subtitles_parser.parse(SRT)
    SubtitleTranslator(client=fake, target_lang="de", batch_size=2, workers=1).translate_all(cues)
    assert fake.chat.calls == 2
    assert cues[0].text == "HELLO THERE"
    assert cues[1].text == "GENERAL KENOBI\nYOU ARE A BOLD ONE"


def test_preview_streams():
    seen = []
    cues = subtitles_parser.parse(SRT)
    t = SubtitleTranslator(client=FakeMistral(), target_lang="de", batch_size=2)
    t.preview(cues, seen.append)
    assert seen and cues[0].text == "HELLO THERE"
