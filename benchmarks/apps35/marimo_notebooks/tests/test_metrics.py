import numpy as np
import pytest

from nbutils.cache import KeyGenerator
from nbutils.embeddings import centroid_shift, cosine_sim
from nbutils.metrics import macro_f1, mrr, ndcg_at_k, recall_at_k
from nbutils.prompts import PromptTemplate


def test_recall_and_mrr():
    assert recall_at_k(["a", "b", "c"], ["b", "z"], 2) == 0.5
    assert mrr(["x", "b"], ["b"]) == 0.5
    assert ndcg_at_k(["b"], ["b"], 1) == pytest.approx(1.0)


def test_macro_f1_perfect():
    assert macro_f1(["a", "b"], ["a", "b"]) == 1.0


def test_cosine_and_shift():
    a = np.eye(3, dtype=np.float32)
    assert np.allclose(np.diag(cosine_sim(a, a)), 1.0)
    assert centroid_shift(a, a) == pytest.approx(0.0, abs=1e-6)


def test_prompt_template_create_and_render():
    t = PromptTemplate.create("t", "Hello $name")
    assert t.render(name="Ana") == "Hello Ana"


def test_key_generator():
    g = KeyGenerator("x")
    assert g.generate() == "x-00001"
    assert g.generate() == "x-00002"
