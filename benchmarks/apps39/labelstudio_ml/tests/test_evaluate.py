from unittest import mock

from scripts.evaluate_annotations import evaluate, judge_equivalent, span_f1


def _task(gold, pred):
    return {"data": {"text": "x"}, "annotations": [{"result": gold}], "predictions": [{"result": pred}]}


def test_choices_accuracy():
    r = [{"from_name": "s", "to_name": "t", "type": "choices", "value": {"choices": ["A"]}}]
    report = evaluate([_task(r, r)])
    assert report["choices_accuracy"] == 1.0


def test_span_f1_partial():
    g = [{"value": {"start": 0, "end": 3, "labels": ["PER"]}}, {"value": {"start": 5, "end": 9, "labels": ["LOC"]}}]
    p = [{"value": {"start": 0, "end": 3, "labels": ["PER"]}}]
    precision, recall, f1 = span_f1(p, g)
    assert precision == 1.0 and recall == 0.5


def test_judge_with_mock_client():
    client = mock.Mock()
    client.messages.create.return_value = mock.Mock(content=[mock.Mock(text="AGREE")])
    assert judge_equivalent(client, "t", "a", "b")
