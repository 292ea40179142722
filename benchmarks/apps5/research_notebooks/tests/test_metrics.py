from common.metrics import completion_stats, ndcg_at_k, recall_at_k, win_rate


def test_completion_stats_counts_empty():
    stats = completion_stats(["abc", "", None, "de"])
    assert stats["empty"] == 2
    assert stats["mean_chars"] == 2.5


def test_ranking_metrics():
    assert ndcg_at_k(["a", "b"], ["a"], 10) == 1.0
    assert recall_at_k(["x", "a"], ["a", "b"], 2) == 0.5


def test_win_rate():
    assert win_rate(["A", "b", "tie", "A"])["A"] == 2 / 3
