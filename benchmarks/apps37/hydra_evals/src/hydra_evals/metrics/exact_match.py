from __future__ import annotations

import re
import string

_NUM_RE = re.compile(r"-?\d[\d,]*\.?\d*")


def normalize(text: str) -> str:
    text = text.lower().strip()
    text = "".join(ch for ch in text if ch not in set(string.punctuation))
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return " ".join(text.split())


def extract_gsm8k_answer(text: str) -> str | None:
    if "####" in text:
        text = text.split("####")[-1]
    nums = _NUM_RE.findall(text)
    if not nums:
        return None
    return nums[-1].replace(",", "").rstrip(".")


def exact_match(prediction: str, reference: str, numeric: bool = False) -> float:
    if numeric:
        p, r = extract_gsm8k_answer(prediction), extract_gsm8k_answer(reference)
        if p is None or r is None:
            return 0.0
        try:
            return float(abs(float(p) - float(r)) < 1e-6)
        except ValueError:
            return float(p == r)
    return float(normalize(prediction) == normalize(reference))


def token_f1(prediction: str, reference: str) -> float:
    """SQuAD-style token F1."""
    pred = normalize(prediction).split()
    ref = normalize(reference).split()
    if not pred or not ref:
        return float(pred == ref)
    common: dict[str, int] = {}
    for tok in pred:
        if tok in ref:
            common[tok] = min(pred.count(tok), ref.count(tok))
    num_same = sum(common.values())
    if num_same == 0:
        return 0.0
    precision = num_same / len(pred)
    recall = num_same / len(ref)
    return 2 * precision * recall / (precision + recall)


def _lcs(a: list[str], b: list[str]) -> int:
    if not a or not b:
        return 0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0] * (len(b) + 1)
        for j, y in enumerate(b, 1):
            cur[j] = prev[j - 1] + 1 if x == y else max(prev[j], cur[j - 1])
        prev = cur
    return prev[-1]


def rouge_l(prediction: str, reference: str, beta: float = 1.2) -> float:
    """ROUGE-L F-measure on normalized tokens (no stemming; close enough for dev sweeps)."""
    p = normalize(prediction).split()
    r = normalize(reference).split()
    lcs = _lcs(p, r)
    if lcs == 0:
        return 0.0
    prec = lcs / len(p)
    rec = lcs / len(r)
    return ((1 + beta ** 2) * prec * rec) / (rec + beta ** 2 * prec)


def multiple_choice_match(prediction: str, reference: str, choices: str = "ABCD") -> float:
    """Grab the first standalone choice letter from the prediction."""
    m = re.search(rf"\b([{choices}])\b", prediction.upper())
    return float(bool(m) and m.group(1) == reference.strip().upper())
