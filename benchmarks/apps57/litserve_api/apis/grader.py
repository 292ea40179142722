"""Grading endpoint used by the offline eval harness and the feedback UI."""
from __future__ import annotations

import litserve as ls

from apis.llm import get_cerebras_client
from pipeline.grading import AnswerGrader, Grade
from pipeline.prompts import grader_messages


class GradeAPI(ls.LitAPI):
    def __init__(self):
        super().__init__(api_path="/grade")

    def setup(self, device):
        self.grader = AnswerGrader()

    def decode_request(self, request):
        return request["question"], request.get("passages", []), request["answer"]

    def predict(self, x):
        return self.grader.grade(*x)

    def encode_response(self, output: Grade):
        return vars(output)


class GradeExplainAPI(ls.LitAPI):
    """Streams the grader's reasoning; the UI shows it live."""

    def __init__(self):
        super().__init__(stream=True, api_path="/grade/explain")

    def setup(self, device):
        self.cerebras = get_cerebras_client()

    def decode_request(self, request):
        return grader_messages(request["question"], request.get("passages", []), request["answer"])

    def predict(self, messages):
        stream = self.cerebras.chat.completions.create(
            model="llama3.1-70b",
            messages=messages + [{"role": "user", "content": "Explain your grade step by step first."}],
            stream=True,
        )
        for chunk in stream:
            delta = chunk.choices[0].delta.content
            if delta:
                yield delta

    def encode_response(self, output):
        for piece in output:
            yield {"text": piece}
