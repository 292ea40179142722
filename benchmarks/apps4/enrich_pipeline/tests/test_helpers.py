import numpy as np
import pandas as pd

from enrich.utils.frames import cosine_matrix, explode_dict_column, missing_mask, split_frame
from enrich.utils.text import clean, completion, strip_code_fence, truncate_tokens


def test_split_frame_sizes():
    frame = pd.DataFrame({"a": range(10)})
    parts = split_frame(frame, 4)
    assert [len(p) for p in parts] == [4, 4, 2]


def test_missing_mask_blank_strings():
    frame = pd.DataFrame({"industry": ["retail", "", None, "  "]})
    assert missing_mask(frame, "industry").tolist() == [False, True, True, True]


def test_cosine_matrix_identity():
    sims = cosine_matrix(np.eye(3))
    assert np.allclose(sims, np.eye(3))


def test_explode_dict_column():
    frame = pd.DataFrame({"sku": ["A"], "_attrs": [{"color": "red"}]})
    out = explode_dict_column(frame, "_attrs", prefix="attr_")
    assert out.loc[0, "attr_color"] == "red"


def test_text_helpers():
    assert clean("<b>Hello&nbsp;world</b>") == "Hello world"
    assert completion("em", ["embed", "extract", "Emit"]) == ["Emit", "embed"]
    assert strip_code_fence("```json\n{\"a\": 1}\n```") == '{"a": 1}'
    assert truncate_tokens("word " * 100, 5).endswith("…")
